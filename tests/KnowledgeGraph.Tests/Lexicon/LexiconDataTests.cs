using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Lexicon;

/// <summary>
/// Checks the shipped actor gazetteer (Lexicon/data/actors/*.tsv) as data: coverage of the UN member states,
/// well-formed codes and ids, persons tied to known actors with valid office dates, and no surface form that
/// names two different actor codes in the same role unless it is a documented ambiguity.
/// </summary>
[TestClass]
public sealed partial class LexiconDataTests
{
    private static readonly ActorLexicon Lexicon = ActorLexicon.Default;
    private static readonly string DataFolder = Path.Combine(TestPaths.RepoRoot, "tests", "KnowledgeGraph.Tests", "Data");

    public TestContext TestContext { get; set; } = null!;

    [GeneratedRegex("^[A-Z]{3}$")] private static partial Regex Iso3();
    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")] private static partial Regex UpperCaseName();
    [GeneratedRegex("^person:[a-z0-9]+(_[a-z0-9]+)*$")] private static partial Regex PersonId();
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")] private static partial Regex IsoDate();

    /// <summary>Rows of a tab-separated test data file, '#' lines skipped.</summary>
    private static IEnumerable<string[]> DataRows(string fileName) =>
        File.ReadLines(Path.Combine(DataFolder, fileName))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));

    private static IEnumerable<(string File, int Line, string[] Cols)> EmbeddedRows() => EmbeddedTsv.Rows("lexicon/actors/");

    private static void AssertNoProblems(List<string> problems, string what) =>
        Assert.IsEmpty(problems, what + ":\n" + string.Join("\n", problems.Take(50)));

    [TestMethod]
    public void Every_UN_member_state_and_the_four_others_are_countries()
    {
        var countries = Lexicon.Actors.Where(a => a.Kind == ActorKind.Country).Select(a => a.Code).ToHashSet();
        var members = DataRows("un-member-states.tsv").Select(cols => cols[0]).ToList();
        Assert.HasCount(193, members, "the test list of UN member states");
        var missing = members.Concat(["PSE", "XKX", "TWN", "VAT"]).Where(code => !countries.Contains(code)).ToList();
        AssertNoProblems(missing, "states missing from countries.tsv");
    }

    [TestMethod]
    public void Every_line_has_nine_columns_and_declares_its_id_once()
    {
        var problems = new List<string>();
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, line, cols) in EmbeddedRows())
        {
            if (cols.Length != 9) problems.Add($"{file}:{line}: {cols.Length} columns, expected 9");
            var declaresActor = cols.Length > 2 && cols[2].Length > 0;
            if (declaresActor && !declared.TryAdd(cols[0], $"{file}:{line}"))
                problems.Add($"{file}:{line}: id '{cols[0]}' already declared at {declared[cols[0]]}");
        }
        AssertNoProblems(problems, "malformed lines or repeated ids");
    }

    [TestMethod]
    public void Codes_and_ids_are_well_formed()
    {
        var problems = new List<string>();
        foreach (var actor in Lexicon.Actors)
        {
            switch (actor.Kind)
            {
                case ActorKind.Country:
                    if (!Iso3().IsMatch(actor.Code) || actor.Id != actor.Code)
                        problems.Add($"{actor.Id}: a country's id and code are its ISO3 code (got code '{actor.Code}')");
                    break;
                case ActorKind.Person:
                    if (!PersonId().IsMatch(actor.Id)) problems.Add($"{actor.Id}: a person's id is person:<latin_name>");
                    if (!Iso3().IsMatch(actor.Code) && !UpperCaseName().IsMatch(actor.Code))
                        problems.Add($"{actor.Id}: code '{actor.Code}' is neither ISO3 nor an upper-case name");
                    break;
                default:
                    if (!UpperCaseName().IsMatch(actor.Code)) problems.Add($"{actor.Id}: code '{actor.Code}' is not an upper-case name");
                    if (actor.Id != actor.Code && !actor.Id.StartsWith(actor.Code + ".", StringComparison.Ordinal))
                        problems.Add($"{actor.Id}: the id of a body is <code>.<NAME> (code '{actor.Code}')");
                    break;
            }
        }
        AssertNoProblems(problems, "badly formed codes or ids");
    }

    [TestMethod]
    public void Every_code_used_is_the_code_of_a_declared_state_or_organization()
    {
        var ownCodes = Lexicon.Actors.Where(a => a.Id == a.Code).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var problems = Lexicon.Actors.SelectMany(a => a.Offices.Select(o => (a.Id, o.Code))).Where(x => !ownCodes.Contains(x.Code))
            .Select(x => $"{x.Id}: code '{x.Code}' is not the id of any actor").Distinct().ToList();
        AssertNoProblems(problems, "codes with no actor behind them");
    }

    [TestMethod]
    public void A_persons_offices_for_different_codes_do_not_overlap()
    {
        var problems = new List<string>();
        foreach (var person in Lexicon.Actors.Where(a => a.FurtherOffices.Count > 0))
        {
            var offices = person.Offices;
            for (var i = 0; i < offices.Count; i++)
            for (var j = i + 1; j < offices.Count; j++)
            {
                var (a, b) = (offices[i], offices[j]);
                if (a.Code == b.Code) continue;
                var overlap = (a.Start is null || b.End is null || a.Start <= b.End) && (b.Start is null || a.End is null || b.Start <= a.End);
                if (overlap) problems.Add($"{person.Id}: {a.Code} {a.From}–{a.To} overlaps {b.Code} {b.From}–{b.To}");
            }
            if (person.FurtherOffices.Any(o => string.IsNullOrWhiteSpace(o.Office))) problems.Add($"{person.Id}: an office line with no office");
        }
        AssertNoProblems(problems, "overlapping offices (the code on a date would depend on the order of lines)");
    }

    [TestMethod]
    public void Persons_have_an_office_and_valid_dates()
    {
        var problems = new List<string>();
        foreach (var person in Lexicon.Actors.Where(a => a.Kind == ActorKind.Person))
        {
            if (string.IsNullOrWhiteSpace(person.Office)) problems.Add($"{person.Id}: no office");
            var from = ParseDate(person.OfficeFrom, person.Id, problems);
            var to = ParseDate(person.OfficeTo, person.Id, problems);
            if (from is not null && to is not null && from > to) problems.Add($"{person.Id}: office_from {from} is after office_to {to}");
        }
        foreach (var other in Lexicon.Actors.Where(a => a.Kind != ActorKind.Person && (a.OfficeFrom ?? a.OfficeTo) is not null))
            problems.Add($"{other.Id}: only persons have office dates");
        AssertNoProblems(problems, "bad person entries");
    }

    private static DateOnly? ParseDate(string? text, string id, List<string> problems)
    {
        if (text is null) return null;
        if (IsoDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Add($"{id}: '{text}' is not a YYYY-MM-DD date");
        return null;
    }

    [TestMethod]
    public void A_person_is_never_named_by_a_bare_common_given_name()
    {
        var givenNames = File.ReadLines(Path.Combine(DataFolder, "common-given-names.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => ArabicNormalizer.Normalize(l.Trim()))
            .ToHashSet(StringComparer.Ordinal);
        var problems = Lexicon.Names
            .Where(n => Lexicon.Find(n.ActorId)!.Kind == ActorKind.Person && givenNames.Contains(n.Form))
            .Select(n => $"{n.ActorId}: '{n.Form}' alone is a common given name").ToList();
        AssertNoProblems(problems, "persons named by a bare given name");
    }

    [TestMethod]
    public void No_form_names_two_codes_in_the_same_role_unless_it_is_a_known_ambiguity()
    {
        var known = DataRows("lexicon-ambiguities.tsv")
            .ToDictionary(cols => (ArabicNormalizer.Normalize(cols[0]), Enum.Parse<NameRole>(cols[1])), cols => cols[2]);
        var ambiguous = Lexicon.Names
            .GroupBy(n => (n.Form, n.Role))
            .Select(g => (g.Key, Codes: g.Select(n => Lexicon.Find(n.ActorId)!.Code).Distinct().Order(StringComparer.Ordinal).ToArray()))
            .Where(x => x.Codes.Length > 1)
            .ToDictionary(x => x.Key, x => string.Join(",", x.Codes));
        var problems = ambiguous.Where(a => !known.ContainsKey(a.Key))
            .Select(a => $"'{a.Key.Form}' ({a.Key.Role}) names {a.Value}").ToList();
        problems.AddRange(known.Where(k => !ambiguous.TryGetValue(k.Key, out var codes) || codes != k.Value)
            .Select(k => $"lexicon-ambiguities.tsv lists '{k.Key.Item1}' ({k.Key.Item2}) as {k.Value}, the lexicon has {ambiguous.GetValueOrDefault(k.Key, "no ambiguity")}"));
        AssertNoProblems(problems, "undocumented or stale ambiguities");
    }

    [TestMethod]
    public void Listed_spellings_resolve_to_their_code()
    {
        var problems = new List<string>();
        foreach (var cols in DataRows("actor-spellings.tsv"))
        {
            var form = ArabicNormalizer.Normalize(cols[0]);
            var codes = Lexicon.Names.Where(n => n.Form == form).Select(n => Lexicon.Find(n.ActorId)!.Code).Distinct().ToList();
            if (codes.Count != 1 || codes[0] != cols[1])
                problems.Add($"'{cols[0]}' → [{string.Join(",", codes)}], expected {cols[1]}");
        }
        AssertNoProblems(problems, "listed spellings that do not resolve");
    }

    [TestMethod]
    public void Ordinary_words_that_look_like_actors_name_no_actor()
    {
        var forms = Lexicon.Names.ToLookup(n => n.Form, StringComparer.Ordinal);
        var problems = File.ReadLines(Path.Combine(DataFolder, "non-actor-words.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(word => (Word: word, Hits: forms[ArabicNormalizer.Normalize(word.Trim())].Select(n => n.ActorId).Distinct().ToList()))
            .Where(x => x.Hits.Count > 0)
            .Select(x => $"'{x.Word}' names {string.Join(",", x.Hits)}").ToList();
        AssertNoProblems(problems, "ordinary words that name an actor");
    }

    [TestMethod]
    public void Forms_are_arabic_text()
    {
        var problems = Lexicon.Names
            .Where(n => n.Form.Length < 2 || n.Form.Any(c => c is '|' or '\t' or ':' || char.IsAsciiLetter(c)) || n.Form != n.Form.Trim() || n.Form.Contains("  "))
            .Select(n => $"{n.ActorId}: form '{n.Form}'").ToList();
        AssertNoProblems(problems, "forms that are not clean Arabic text");
    }

    [TestMethod]
    public void Counts()
    {
        var byKind = Lexicon.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key).ToList();
        foreach (var g in byKind) TestContext.WriteLine($"{g.Key}: {g.Count()} actors");
        var codes = Lexicon.Actors.Select(a => a.Code).Distinct().Count();
        TestContext.WriteLine($"actors: {Lexicon.Actors.Count}, codes: {codes}, forms (normalised, with generated nisba forms): {Lexicon.Names.Count}, distinct forms: {Lexicon.Names.Select(n => n.Form).Distinct().Count()}");
        foreach (var g in Lexicon.Names.GroupBy(n => n.Role).OrderBy(g => g.Key)) TestContext.WriteLine($"  {g.Key}: {g.Count()} forms");
        Assert.IsGreaterThanOrEqualTo(197, byKind.Single(g => g.Key == ActorKind.Country).Count());
    }
}

using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>One (source, type, target) an event states, before it becomes an <see cref="ExtractedRelation"/>; <see cref="Rule"/> names the constructs behind it.</summary>
public sealed record RawRelation(ActorEntry Source, string Type, ActorEntry Target, string Cue, string Rule);

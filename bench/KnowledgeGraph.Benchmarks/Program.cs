using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeGraph.Benchmarks.Samples).Assembly).Run(args);

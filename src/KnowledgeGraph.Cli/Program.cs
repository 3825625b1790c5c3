using KnowledgeGraph.Cli;

return KgApp.Run(args);

namespace CentralAsiaCT.Tests;

/// <summary>Tests that redirect the console, or count the bytes the thread allocates, run alone: nothing else may write or allocate meanwhile.</summary>
[CollectionDefinition(nameof(ConsoleOutput), DisableParallelization = true)]
public sealed class ConsoleOutput;

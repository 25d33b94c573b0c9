using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CentralAsiaCT.Benchmarks.LookupBenchmarks).Assembly).Run(args);

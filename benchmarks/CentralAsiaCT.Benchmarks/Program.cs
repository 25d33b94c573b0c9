using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CentralAsiaCT.Benchmarks.DataSetBenchmarks).Assembly).Run(args);

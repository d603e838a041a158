namespace HangupGen.Benchmarks.Reporting;

/// <summary>One benchmark case as BenchmarkDotNet's full JSON export records it.</summary>
/// <param name="Type">The benchmark class (<c>CauseTextBenchmarks</c>).</param>
/// <param name="Method">The benchmark method (<c>GetName</c>).</param>
/// <param name="Parameters">The parameters, as BenchmarkDotNet writes them (<c>Rows=1000</c>), or empty.</param>
/// <param name="MeanNanoseconds">The mean time of one operation.</param>
/// <param name="AllocatedBytes">Bytes allocated per operation, or <see langword="null"/> without the memory diagnoser.</param>
/// <param name="MarginNanoseconds">Half the width of the mean's 99.9% confidence interval, as BenchmarkDotNet reports it
/// (its "Error" column), or <see langword="null"/> when the export has none.</param>
public sealed record BenchmarkResult(string Type, string Method, string Parameters, double MeanNanoseconds, long? AllocatedBytes, double? MarginNanoseconds = null);

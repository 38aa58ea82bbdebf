using System.Collections.Immutable;
using AttrWs.Generators;
using AttrWs.Generators.Analyzers;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AttrWs.Benchmarks;

/// <summary>
/// The generator over 1,000 endpoints: a full run (a fresh driver, as in a command-line build) and an incremental
/// re-run after a body edit (a warm driver, as in the IDE). Also the analyzers over the same corpus, compilation-end
/// route checks included.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private EndpointCorpus _corpus = null!;
    private GeneratorDriver _warmDriver = null!;
    private bool _edited;

    [Params(1000)]
    public int Endpoints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new EndpointCorpus(Endpoints);
        _warmDriver = NewDriver().RunGenerators(_corpus.Compilation);
    }

    /// <summary>A fresh driver over the whole compilation: what <c>dotnet build</c> pays.</summary>
    [Benchmark]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(_corpus.Compilation);

    /// <summary>
    /// A warm driver re-run after one endpoint's body changed. Each invocation toggles between the two versions, so
    /// every run sees exactly one edited file relative to the previous one.
    /// </summary>
    [Benchmark]
    public GeneratorDriver IncrementalBodyEdit()
    {
        _edited = !_edited;
        _warmDriver = _warmDriver.RunGenerators(_edited ? _corpus.EditedCompilation : _corpus.Compilation);
        return _warmDriver;
    }

    /// <summary>As <see cref="IncrementalBodyEdit"/>, with an edit that keeps the file's length (nothing after it moves).</summary>
    [Benchmark]
    public GeneratorDriver IncrementalSameLengthBodyEdit()
    {
        _edited = !_edited;
        _warmDriver = _warmDriver.RunGenerators(_edited ? _corpus.SameLengthEditedCompilation : _corpus.Compilation);
        return _warmDriver;
    }

    /// <summary>Every analyzer diagnostic over the corpus (per-endpoint rules plus duplicate/ambiguous routes).</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Analyzers() =>
        _corpus.Compilation
            .WithAnalyzers([new EndpointAnalyzer()])
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();

    internal static GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        [new EndpointGenerator().AsSourceGenerator()],
        parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    internal EndpointCorpus Corpus => _corpus;
}

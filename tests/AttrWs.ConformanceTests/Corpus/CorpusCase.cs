namespace AttrWs.ConformanceTests.Corpus;

/// <summary>One corpus entry: a raw request file and what the server must answer (see <c>make_corpus.py</c>).</summary>
/// <param name="File">The file name under <c>corpus/</c>.</param>
/// <param name="Mode"><c>whole</c>, <c>bytes</c> (one byte per write) or <c>eof</c> (then half-close).</param>
/// <param name="Status">The expected status, or null for "closed without a response".</param>
/// <param name="Checks">Header checks: <c>Name=value</c>, <c>Name</c>, <c>!Name</c>, <c>@close=CODE</c>.</param>
public sealed record CorpusCase(string File, string Mode, int? Status, IReadOnlyList<string> Checks)
{
    /// <summary>The corpus directory next to the test assembly.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus", "corpus");

    /// <summary>Every case of <c>expectations.txt</c>.</summary>
    public static IReadOnlyList<CorpusCase> All { get; } = Load();

    /// <summary>The raw bytes of the request.</summary>
    public byte[] ReadBytes() => System.IO.File.ReadAllBytes(Path.Combine(Directory, File));

    /// <inheritdoc />
    public override string ToString() => File;

    private static List<CorpusCase> Load()
    {
        var cases = new List<CorpusCase>();
        foreach (var line in System.IO.File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "expectations.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            var checks = columns.Length > 3 && columns[3].Length > 0 ? columns[3].Split(';') : [];
            cases.Add(new CorpusCase(columns[0], columns[1], columns[2] == "-" ? null : int.Parse(columns[2], System.Globalization.CultureInfo.InvariantCulture), checks));
        }

        return cases;
    }
}

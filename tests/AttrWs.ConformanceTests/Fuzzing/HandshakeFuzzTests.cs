using CsCheck;
using Xunit.Abstractions;

namespace AttrWs.ConformanceTests.Fuzzing;

/// <summary>
/// Property-based fuzzing of the request-head parser and the handshake processor (CsCheck). The bounded run here is
/// 130,000 cases; set <c>ATTRWS_FUZZ_ITER</c> to run each property that many times (the long run, see RESULTS.md).
/// </summary>
public sealed class HandshakeFuzzTests(ITestOutputHelper output)
{
    private static long Iterations(long bounded)
        => long.TryParse(Environment.GetEnvironmentVariable("ATTRWS_FUZZ_ITER"), out var iter) && iter > 0 ? iter : bounded;

    [Fact]
    public void Mutated_valid_heads_never_throw_and_always_get_a_decision_table_status()
        => Run(HeadGenerators.MutatedHead, 50_000, minimumAcceptedShare: 0.002);

    [Fact]
    public void Valid_grammar_heads_never_throw_and_always_get_a_decision_table_status()
    {
        var oracle = Run(HeadGenerators.ValidHead, 20_000, minimumAcceptedShare: 0.05);

        // The grammar generator reaches every row it is built for, not just the first check.
        foreach (var status in new[] { 101, 400, 401, 404, 405, 426 })
        {
            Assert.True(oracle.Statuses.ContainsKey(status), $"no head got {status}");
        }
    }

    [Fact]
    public void Random_bytes_never_throw_and_always_get_a_decision_table_status()
        => Run(HeadGenerators.RandomBytes, 30_000, minimumAcceptedShare: 0);

    [Fact]
    public void Random_http_alphabet_heads_never_throw_and_always_get_a_decision_table_status()
        => Run(HeadGenerators.RandomHttpLike, 30_000, minimumAcceptedShare: 0);

    [Fact]
    public void A_rejection_of_a_prefix_holds_for_the_whole_head_and_a_complete_head_is_stable()
    {
        var oracle = new HeadOracle();
        var iter = Iterations(20_000);
        var cases = 0L;
        Gen.Select(HeadGenerators.MutatedHead, Gen.Int[0, 4096]).Sample((head, cut) =>
        {
            Interlocked.Increment(ref cases);
            var prefix = head.AsSpan(0, head.Length == 0 ? 0 : cut % (head.Length + 1));
            var partial = oracle.Parser.Parse(prefix);
            var whole = oracle.Parser.Parse(head);
            if (partial.Status == Handshake.RequestHeadParseStatus.Rejected)
            {
                Assert.Equal(Handshake.RequestHeadParseStatus.Rejected, whole.Status);
                Assert.Equal(partial.Reason, whole.Reason);
            }
            else if (partial.Status == Handshake.RequestHeadParseStatus.Complete)
            {
                // More bytes after a complete head belong to the WebSocket: same head, same length.
                Assert.Equal(Handshake.RequestHeadParseStatus.Complete, whole.Status);
                Assert.Equal(partial.BytesConsumed, whole.BytesConsumed);
            }
        }, iter: iter);
        output.WriteLine($"prefix property: {cases} cases");
        Assert.Equal(iter, cases);
    }

    private HeadOracle Run(Gen<byte[]> generator, long bounded, double minimumAcceptedShare)
    {
        var oracle = new HeadOracle();
        var iter = Iterations(bounded);
        generator.Sample(oracle.Check, iter: iter, print: bytes => System.Text.Encoding.Latin1.GetString(bytes).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal));
        var statuses = string.Join(", ", oracle.Statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"));
        output.WriteLine($"{oracle.Cases} cases, {oracle.Accepted} accepted; statuses {statuses}");
        Assert.Equal(iter, oracle.Cases);
        Assert.True(oracle.Accepted >= minimumAcceptedShare * iter, $"only {oracle.Accepted} of {iter} heads reached an accepted handshake");
        return oracle;
    }
}

using System.Buffers.Text;
using AttrWs.Server;

namespace AttrWs.Tests.Server;

/// <summary>Connection ids: 128 random bits as unpadded base64url, unique, from every thread.</summary>
public sealed class ConnectionIdTests
{
    [Fact]
    public void An_id_is_22_base64url_characters_carrying_16_bytes()
    {
        for (var i = 0; i < 1_000; i++)
        {
            var id = ConnectionIds.Next();
            Assert.Equal(22, id.Length);
            Assert.All(id, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' in {id} is not URL-safe"));
            Assert.Equal(16, Base64Url.DecodeFromChars(id).Length);
        }
    }

    [Fact]
    public void Ids_are_unique_across_threads_and_batches()
    {
        const int PerThread = 50_000;
        var perThread = new string[4][];
        Parallel.For(0, perThread.Length, t =>
        {
            var ids = new string[PerThread];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = ConnectionIds.Next();
            }

            perThread[t] = ids;
        });

        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ids in perThread)
        {
            foreach (var id in ids)
            {
                Assert.True(all.Add(id), "duplicate id " + id);
            }
        }

        Assert.Equal(perThread.Length * PerThread, all.Count);
    }

    [Fact]
    public void Ids_carry_no_sequence_every_bit_position_varies()
    {
        // A counter or a fixed prefix would leave bits constant across ids; random ones set each bit about half the time.
        var ones = new int[16 * 8];
        const int Count = 4_000;
        for (var i = 0; i < Count; i++)
        {
            var bytes = Base64Url.DecodeFromChars(ConnectionIds.Next());
            for (var bit = 0; bit < ones.Length; bit++)
            {
                ones[bit] += (bytes[bit / 8] >> (bit % 8)) & 1;
            }
        }

        // Binomial(4000, 0.5): mean 2000, standard deviation ~32; 1700..2300 is more than 9 deviations out.
        Assert.All(ones, count => Assert.InRange(count, 1_700, 2_300));
    }
}

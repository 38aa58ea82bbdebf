namespace AttrWs.Redis.Tests.Infrastructure;

internal static class Eventually
{
    /// <summary>Polls a condition (at most 20 s, 25 ms apart); fails the test with the message if it never holds.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string message)
    {
        for (var i = 0; i < 800; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail(message);
    }
}

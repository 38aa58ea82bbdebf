namespace AttrWs.IntegrationTests.Infrastructure;

internal static class Eventually
{
    /// <summary>Polls a condition (at most 15 s, 20 ms apart); fails the test with the message if it never holds.</summary>
    public static async Task TrueAsync(Func<bool> condition, string message)
    {
        for (var i = 0; i < 750; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail(message);
    }
}

namespace AttrWs.PerfHarness.Scenarios;

/// <summary>Prints the first few client-side errors per server, so an error count in the table can be explained.</summary>
internal static class ErrorLog
{
    private static readonly Dictionary<string, int> Printed = [];

    public static void Report(string server, Exception exception)
    {
        lock (Printed)
        {
            Printed.TryGetValue(server, out var count);
            if (count >= 3)
            {
                return;
            }

            Printed[server] = count + 1;
        }

        Console.Error.WriteLine($"   [{server}] {exception.GetType().Name}: {exception.Message}");
    }
}

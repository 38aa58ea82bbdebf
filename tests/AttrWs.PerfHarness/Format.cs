using System.Globalization;

namespace AttrWs.PerfHarness;

internal static class Format
{
    public static string Size(int bytes) => bytes >= 1 << 20 && bytes % (1 << 20) == 0
        ? (bytes >> 20).ToString(CultureInfo.InvariantCulture) + " MiB"
        : bytes >= 1024 && bytes % 1024 == 0
        ? (bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KiB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " B";

    public static string Number(double value, string format = "N0") =>
        double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    public static string Ratio(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "–" : value.ToString("0.00", CultureInfo.InvariantCulture) + "×";
}

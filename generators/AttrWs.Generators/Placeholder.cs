namespace AttrWs.Generators
{
    internal static class Placeholder
    {
    }
}

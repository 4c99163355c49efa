using System.Text.Json;

namespace ZielSite.Output;

/// <summary>The one way ZielSite writes a value that may be missing into JSON: a number, or <c>null</c>.</summary>
internal static class JsonNumbers
{
    /// <summary>Writes <paramref name="value"/>, or <c>null</c> where it is missing or not finite (JSON has no NaN or infinity).</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }
}

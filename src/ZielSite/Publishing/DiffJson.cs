using System.Text.Json;
using ZielSite.Output;

namespace ZielSite.Publishing;

/// <summary>
/// A <see cref="ResultsDiff"/> as JSON (<c>zielsite diff --json</c>): labels, sample flags, the number of
/// verdict changes, and per region and year its kind, Stand months, changed targets (old and new state in the one
/// target form of <see cref="ZielSite.Agreements.TargetJson"/>, null where absent) and changed values.
/// </summary>
public static class DiffJson
{
    public static void Write(Utf8JsonWriter w, ResultsDiff diff, string oldLabel, string newLabel)
    {
        w.WriteStartObject();
        w.WriteString("old", oldLabel);
        w.WriteString("new", newLabel);
        w.WriteBoolean("old_sample", diff.OldIsSample);
        w.WriteBoolean("new_sample", diff.NewIsSample);
        w.WriteNumber("verdict_changes", diff.VerdictChanges);
        w.WriteStartArray("changes");
        foreach (var c in diff.Changes)
        {
            w.WriteStartObject();
            w.WriteString("ags", c.Ags);
            w.WriteString("name", c.Name);
            w.WriteNumber("year", c.Year);
            w.WriteString("change", c.Kind);
            w.WriteNumberOrNull("old_month", c.Old?.Month);
            w.WriteNumberOrNull("new_month", c.New?.Month);
            w.WriteStartArray("targets");
            foreach (var t in c.Targets)
            {
                w.WriteStartObject();
                w.WriteString("key", t.Key);
                w.WriteBoolean("verdict_changed", t.VerdictChanged);
                Target(w, "old", t.Old);
                Target(w, "new", t.New);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("values");
            foreach (var v in c.Values)
            {
                w.WriteStartObject();
                w.WriteString("key", v.Key);
                w.WriteNumberOrNull("old", v.Old);
                w.WriteNumberOrNull("new", v.New);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The JSON as UTF-8 bytes ending in a line feed.</summary>
    public static byte[] ToBytes(ResultsDiff diff, string oldLabel, string newLabel)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ResultsDocument.WriterOptions)) Write(w, diff, oldLabel, newLabel);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Target(Utf8JsonWriter w, string name, TargetEntry? t)
    {
        if (t is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        ResultsDocument.WriteTarget(w, t);
        w.WriteEndObject();
    }

}

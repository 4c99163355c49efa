using System.Text;

namespace ZielSite.Inputs;

/// <summary>The slug rule of docs/contract.md: lower case, ä→ae, ö→oe, ü→ue, ß→ss, every other run outside a–z0–9 → one '-'.</summary>
public static class Slug
{
    public static string From(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        var pendingDash = false;
        foreach (var raw in name.Normalize(NormalizationForm.FormC))
        {
            var c = char.ToLowerInvariant(raw);
            string? piece = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                >= 'a' and <= 'z' or >= '0' and <= '9' => null,
                _ => "",
            };
            if (piece == "") { pendingDash = true; continue; }
            if (pendingDash && sb.Length > 0) sb.Append('-');
            pendingDash = false;
            if (piece is null) sb.Append(c); else sb.Append(piece);
        }
        return sb.ToString();
    }
}

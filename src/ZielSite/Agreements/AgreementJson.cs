using System.Text.Json;

namespace ZielSite.Agreements;

/// <summary>Placeholder until the agreements work lands.</summary>
public static class AgreementJson
{
    public static void Write(Utf8JsonWriter w, Agreement a) => throw new NotImplementedException("AgreementJson");
}

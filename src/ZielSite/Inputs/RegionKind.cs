namespace ZielSite.Inputs;

/// <summary>Whether a zugelassener kommunaler Träger is a Kreis or a kreisfreie Stadt (grammar of the narrative depends on it).</summary>
public enum RegionKind
{
    Kreis,
    Stadt,
}

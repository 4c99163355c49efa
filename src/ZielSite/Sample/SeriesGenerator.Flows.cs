using ZielSite.Inputs;

namespace ZielSite.Sample;

internal static partial class SeriesGenerator
{
    /// <summary>
    /// Integrationen of the year: the yearly total is K2 × mean ELB stock Dec(t−1)..Nov(t) / 100 (the K2 definition),
    /// split between women and men by their own K2 ratio, and spread over the months by season and noise.
    /// </summary>
    private static void Flows(Context ctx, int year, int offset, MonthNoise[] noise, long[][] v)
    {
        var p = ctx.Profile;
        var draws = ctx.Year(year);
        double meanElb = 0, meanF = 0, meanM = 0;
        for (var k = offset - 1; k < offset + 11; k++)
        {
            meanElb += v[(int)Measure.Elb][k] / 12.0;
            meanF += v[(int)Measure.ElbF][k] / 12.0;
            meanM += v[(int)Measure.ElbM][k] / 12.0;
        }
        var k2 = ctx.K2(year);
        var total = Round(k2 * meanElb / 100);

        var sd = Math.Max(0.03, 0.8 / Math.Sqrt(Math.Max(1, total / 12.0)));
        var weights = new double[12];
        for (var m = 0; m < 12; m++)
        {
            var trend = v[(int)Measure.Elb][offset + m] / meanElb;
            weights[m] = Math.Max(0.05, MacroTrend.IntegrationSeason(m + 1) * trend * (1 + sd * noise[m].Integrationen));
        }
        var integrations = Spread(total, weights);

        // K2_f = r × K2_m, each on its own stock: K2 × E = K2_m × (E_m + r × E_f).
        var ratio = ctx.FemaleK2Ratio(year);
        var k2Male = k2 * meanElb / (meanM + ratio * meanF);
        var totalF = Math.Min(total, Round(ratio * k2Male * meanF / 100));
        var lzbShare = ctx.LzbIntegrationShare(year);
        var totalLzb = Round(total * lzbShare);

        var wF = new double[12];
        var wLzb = new double[12];
        for (var m = 0; m < 12; m++)
        {
            wF[m] = Math.Max(0.0, integrations[m] * (1 + 0.03 * noise[m].IntegrationenF));
            wLzb[m] = Math.Max(0.0, integrations[m] * (1 + 0.05 * noise[m].IntegrationenLzb));
        }
        var female = Spread(totalF, wF);
        var ofLzb = Spread(totalLzb, wLzb);

        for (var m = 0; m < 12; m++)
        {
            var i = offset + m;
            var all = integrations[m];
            var f = Math.Min(female[m], all);
            v[(int)Measure.Integrationen][i] = all;
            v[(int)Measure.IntegrationenF][i] = f;
            v[(int)Measure.IntegrationenM][i] = all - f;
            v[(int)Measure.IntegrationenLzb][i] = Math.Min(ofLzb[m], all);
            v[(int)Measure.IntegrationenNachhaltig][i] =
                Math.Clamp(Round(all * p.SustainableShare * (1 + 0.04 * noise[m].Sustainable)), 0, all);
            v[(int)Measure.IntegrationenBedarfsdeckend][i] =
                Math.Clamp(Round(all * p.NeedCoveringShare * (1 + draws.NeedCovering + 0.05 * noise[m].NeedCovering)), 0, all);
        }
    }

    /// <summary>Splits an integer total over the months in proportion to the weights; cumulative rounding keeps the sum exact.</summary>
    private static long[] Spread(long total, double[] weights)
    {
        var sum = 0.0;
        foreach (var w in weights) sum += w;
        var result = new long[weights.Length];
        if (sum <= 0) { result[^1] = total; return result; }
        var cumulative = 0.0;
        long previous = 0;
        for (var k = 0; k < weights.Length; k++)
        {
            cumulative += weights[k];
            var upTo = k == weights.Length - 1 ? total : Round(total * cumulative / sum);
            result[k] = upTo - previous;
            previous = upTo;
        }
        return result;
    }
}

using System.CommandLine;
using ZielSite.Publishing;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite verify FILE.zip</c>: checks a bundle against its manifest; names every file that differs, is missing or is extra.</summary>
internal static class VerifyCommand
{
    public static Command Create() =>
        new Command("verify", "Check a review bundle against its manifest")
            .With(new Argument<string>("FILE.zip") { Description = "The bundle" })
            .Runs(Run);

    public static int Run(Arguments a)
    {
        var file = a.Positional[0];
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"{file}: error: no such file");
            return 1;
        }
        BundleVerification result;
        using (var stream = File.OpenRead(file))
            result = BundleVerifier.Verify(stream, file);
        Common.Report(result.Problems);
        if (!result.Ok)
        {
            Console.Error.WriteLine($"zielsite: {file}: {result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")}; the bundle does not match its manifest");
            return 1;
        }
        var m = result.Manifest!;
        Console.WriteLine($"zielsite: {file}: OK, {result.Matched} files match {SiteManifest.EntryName} (zielsite {m.ToolVersion}, {m.Inputs.Count} inputs)");
        return 0;
    }
}

namespace ZielSite.Diagnostics;

/// <summary>
/// The stable diagnostic codes, one range per stage: ZS01xx project and config, ZS02xx data files,
/// ZS03xx agreements, ZS04xx indicators, ZS05xx templates and rendering, ZS06xx output, ZS07xx publishing (bundles, archives, diffs).
/// A code, once published, keeps its meaning.
/// </summary>
public static class DiagnosticCodes
{
    // ZS01xx: project layout and configuration
    public const string ProjectFolderMissing = "ZS0101";
    public const string ConfigInvalid = "ZS0102";

    /// <summary>A file or folder of the project cannot be read: I/O error, permission denied, a broken or looping link, not a regular file, or larger than supported.</summary>
    public const string InputUnreadable = "ZS0103";

    /// <summary>A Markdown page under content/pages/ whose name gives no slug, a slug used by a generated page, or the slug of another page.</summary>
    public const string ContentPageInvalid = "ZS0104";

    /// <summary>A page still has a PLATZHALTER, or the contact a page shows is no real address (warning).</summary>
    public const string PlaceholderLeft = "ZS0105";

    // ZS02xx: data files (regions.csv, observation files)
    public const string CsvHeaderInvalid = "ZS0201";
    public const string CsvValueInvalid = "ZS0202";
    public const string CsvDuplicate = "ZS0203";
    public const string CsvUnknownMeasure = "ZS0204";
    public const string CsvUnknownRegion = "ZS0205";
    public const string CsvMonthInvalid = "ZS0206";
    public const string CsvFileUnreadable = "ZS0207";
    public const string RegionInvalid = "ZS0208";
    public const string ProvenanceInvalid = "ZS0209";

    // ZS03xx: agreements
    public const string AgreementRegionMissing = "ZS0301";
    public const string AgreementYearMissing = "ZS0302";
    public const string TargetUnreadable = "ZS0303";
    public const string TargetContradiction = "ZS0304";
    public const string TargetUnknownIndicator = "ZS0305";
    public const string AgreementDuplicate = "ZS0306";
    public const string AgreementRegionUnknown = "ZS0307";
    public const string AgreementEmpty = "ZS0308";
    public const string CorrectionInvalid = "ZS0309";
    public const string TargetDuplicate = "ZS0310";

    /// <summary>An agreement file that is not text (binary content such as a PDF or an image instead of its OCR text).</summary>
    public const string AgreementNotText = "ZS0311";

    // ZS04xx: indicators
    public const string IndicatorNotComputable = "ZS0401";

    // ZS05xx: templates and rendering
    public const string TemplateSyntax = "ZS0501";
    public const string TemplateRuntime = "ZS0502";
    public const string BrokenLink = "ZS0503";
    public const string ExternalReference = "ZS0504";

    /// <summary>A link in a Markdown page with a scheme that runs code (javascript:, vbscript:, data:); it is not published.</summary>
    public const string UnsafeLink = "ZS0505";

    // ZS06xx: output
    public const string OutputRefused = "ZS0601";
    public const string OutputFailed = "ZS0602";

    /// <summary>Two generated files would have the same path in the site (e.g. a Markdown page named like a year folder).</summary>
    public const string OutputCollision = "ZS0603";

    // ZS07xx: publishing (bundles, yearly archives, diffs)
    public const string BundleFileChanged = "ZS0701";
    public const string BundleFileMissing = "ZS0702";
    public const string BundleFileExtra = "ZS0703";
    public const string BundleInvalid = "ZS0704";
    public const string ArchiveExists = "ZS0711";
    public const string ArchiveFileChanged = "ZS0712";
    public const string ArchiveEditionNotPlaced = "ZS0713";
    public const string ArchiveYearMissing = "ZS0714";
    public const string ArchiveManifestInvalid = "ZS0715";
    public const string ResultsUnreadable = "ZS0721";
}

namespace ZielSite.Diagnostics;

/// <summary>
/// The stable diagnostic codes, one range per stage: ZS01xx project and config, ZS02xx data files,
/// ZS03xx agreements, ZS04xx indicators, ZS05xx templates and rendering, ZS06xx output, ZS07xx publishing (bundles, archives, diffs).
/// A code, once published, keeps its meaning.
/// </summary>
internal static class DiagnosticCodes
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

    /// <summary>A project file or folder is a link that leads out of the project folder (to /proc, /etc, a home folder …): never read.</summary>
    public const string InputOutsideProject = "ZS0120";

    /// <summary><c>base_url</c> (or <c>--base-url</c>) is no http(s) address and no path: it would land in every link and og:url.</summary>
    public const string BaseUrlInvalid = "ZS0110";

    /// <summary>A file in data/, content/agreements/ or content/pages/ that no reader takes (.docx, .ods, .tsv, .csv.gz, .markdown, a hidden .borken.txt): warning.</summary>
    public const string InputNotRead = "ZS0123";

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

    /// <summary>A column of a wide table or spreadsheet whose title maps to no measure (warning, once per file and title).</summary>
    public const string DataColumnUnmapped = "ZS0210";

    /// <summary>Two columns of one table that map to the same measure (or region, month): the second is not read.</summary>
    public const string DataColumnDuplicate = "ZS0211";

    /// <summary>A spreadsheet that cannot be read: damaged, password-protected, too large when unpacked (a zip bomb), not .xlsx.</summary>
    public const string SpreadsheetUnreadable = "ZS0212";

    /// <summary>A spreadsheet cell with a formula but no value saved with it (the file was written by a program that does not compute).</summary>
    public const string SpreadsheetFormulaWithoutValue = "ZS0213";

    /// <summary>A number whose '.' may be a thousands separator or a decimal point (e.g. 1.234 in a column of EUR amounts).</summary>
    public const string DataValueAmbiguous = "ZS0214";

    /// <summary>A line of data/spalten.csv that cannot be read (wrong header, unknown measure, a title given twice).</summary>
    public const string ColumnMapInvalid = "ZS0215";
    /// <summary>data/karte.geojson is not a GeoJSON FeatureCollection of Polygon/MultiPolygon features with a five-digit properties.ags each.</summary>
    public const string MapInvalid = "ZS0216";

    /// <summary>A region of regions.csv has no shape in data/karte.geojson (it is missing on the maps).</summary>
    public const string MapRegionMissing = "ZS0217";

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

    /// <summary>An agreement .pdf that is not a readable PDF: damaged or truncated, another kind of file (an HTML page, say), or without a page.</summary>
    public const string PdfInvalid = "ZS0312";

    /// <summary>An agreement PDF locked with a password: its text cannot be read.</summary>
    public const string PdfEncrypted = "ZS0313";

    /// <summary>An agreement PDF beyond the limits: too many pages, a page image too large to recognise, a file too large.</summary>
    public const string PdfTooLarge = "ZS0314";

    /// <summary>A scanned agreement PDF (no text layer) while OCRmyPDF is not installed.</summary>
    public const string PdfOcrUnavailable = "ZS0315";

    /// <summary>OCRmyPDF failed on a scanned agreement PDF, or did not finish in time.</summary>
    public const string PdfOcrFailed = "ZS0316";
    /// <summary>A sentence states a target in other words than the frame (indicator, number, target language) but it cannot be read; the message says what is missing.</summary>
    public const string TargetStatementUnread = "ZS0320";

    /// <summary>The party clause names a region that matches two regions of regions.csv equally well.</summary>
    public const string AgreementRegionAmbiguous = "ZS0321";

    // ZS04xx: indicators
    public const string IndicatorNotComputable = "ZS0401";

    // ZS05xx: templates and rendering
    public const string TemplateSyntax = "ZS0501";
    public const string TemplateRuntime = "ZS0502";
    public const string BrokenLink = "ZS0503";
    public const string ExternalReference = "ZS0504";

    /// <summary>A link in a Markdown page with a scheme that runs code (javascript:, vbscript:, data:); it is not published.</summary>
    public const string UnsafeLink = "ZS0505";

    /// <summary>An image of a Markdown page on another host: every reader would load it from there (an error; copy it into templates/assets/).</summary>
    public const string ExternalImage = "ZS0507";

    /// <summary>A Markdown page nested deeper than Markdig reads (thousands of quote, list, link or emphasis levels).</summary>
    public const string MarkdownTooDeep = "ZS0508";

    /// <summary>A <c>strings.json</c> of the templates that is no JSON object of strings (error), or a key the built-in file does not have (warning).</summary>
    public const string TemplateStrings = "ZS0506";

    // ZS06xx: output
    public const string OutputRefused = "ZS0601";
    public const string OutputFailed = "ZS0602";

    /// <summary>Two generated files would have the same path in the site (e.g. a Markdown page named like a year folder).</summary>
    public const string OutputCollision = "ZS0603";

    /// <summary>Another build holds the lock of the same cache folder and did not finish within the wait; nothing was changed.</summary>
    public const string CacheLocked = "ZS0611";

    // ZS07xx: publishing (bundles, yearly archives, diffs)
    public const string BundleFileChanged = "ZS0701";
    public const string BundleFileMissing = "ZS0702";
    public const string BundleFileExtra = "ZS0703";
    public const string BundleInvalid = "ZS0704";

    /// <summary>A bundle entry whose name leaves the bundle (<c>..</c>, an absolute path, a backslash, a drive, a control character), or larger than a bundle may hold.</summary>
    public const string BundleEntryUnsafe = "ZS0730";
    public const string ArchiveExists = "ZS0711";
    public const string ArchiveFileChanged = "ZS0712";
    public const string ArchiveEditionNotPlaced = "ZS0713";
    public const string ArchiveYearMissing = "ZS0714";
    public const string ArchiveManifestInvalid = "ZS0715";
    public const string ResultsUnreadable = "ZS0721";
}

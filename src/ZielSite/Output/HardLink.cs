using System.Runtime.InteropServices;

namespace ZielSite.Output;

/// <summary>Hard links (one file, two names): how cached output is placed into a new site without copying its bytes.</summary>
internal static class HardLink
{
    /// <summary>
    /// Makes <paramref name="link"/> a second name of <paramref name="existing"/>; false where the system cannot
    /// (another device, no hard links, not Linux/macOS) or <paramref name="link"/> exists. Never throws for those.
    /// </summary>
    public static bool TryCreate(string existing, string link)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return false;
        try
        {
            return Native.link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Places <paramref name="existing"/> at <paramref name="target"/>: a hard link, else a copy. Throws on I/O failure.</summary>
    public static void LinkOrCopy(string existing, string target)
    {
        if (!TryCreate(existing, target)) File.Copy(existing, target, overwrite: false);
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA2101", Justification = "libc takes UTF-8 paths: LPUTF8Str, which the rule (written for Windows' A/W functions) does not know.")]
        public static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);
    }
}

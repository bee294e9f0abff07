using System.Runtime.InteropServices;

namespace CampaignText.Pipeline;

/// <summary>
/// What kind of file system entry a path is, following links: on Unix through the runtime's own stat
/// (System.Native), so that FIFOs, devices and sockets are told apart from regular files without opening them.
/// </summary>
internal static partial class FileKind
{
    /// <summary>A short name of the entry's kind when it is not a regular file or folder ("FIFO", "device", "socket"), else null.</summary>
    public static string? Special(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        try
        {
            if (Stat(path, out StatBuffer status) != 0) return null;
            return (status.Mode & 0xF000) switch
            {
                0x1000 => "FIFO",
                0x2000 => "character device",
                0x6000 => "block device",
                0xC000 => "socket",
                _ => null,
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out StatBuffer output);

    /// <summary>The start of System.Native's FileStatus (flags, mode), padded past the whole structure.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct StatBuffer
    {
        public int Flags;
        public int Mode;
    }
}

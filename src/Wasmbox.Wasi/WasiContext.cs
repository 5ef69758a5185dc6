using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Descriptors;
using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi;

/// <summary>
/// One guest's WASI state: its descriptors, arguments and environment, made from a
/// <see cref="WasiConfiguration"/>. Use one per instance; dispose it to close every host file
/// the guest left open.
/// </summary>
public sealed class WasiContext : IDisposable
{
    /// <exception cref="DirectoryNotFoundException">a preopened directory does not exist or cannot be opened</exception>
    /// <exception cref="PlatformNotSupportedException">directories are granted on a system other than Linux</exception>
    public WasiContext(WasiConfiguration configuration)
    {
        // The file system sandbox is built on Linux's *at calls and flag values.
        if (!configuration.PreopenedDirectories.IsEmpty && !OperatingSystem.IsLinux())
            throw new PlatformNotSupportedException("WASI preopened directories need Linux");
        Configuration = configuration;
        Arguments = new StringBlock(configuration.Arguments);
        Environment = new StringBlock(configuration.EnvironmentVariables.Select(v => $"{v.Key}={v.Value}"));
        try
        {
            AddOrThrow(new StreamDescriptor(configuration.StandardInput.Stream, input: true, configuration.StandardInput.IsTerminal));
            AddOrThrow(new StreamDescriptor(configuration.StandardOutput.Stream, input: false, configuration.StandardOutput.IsTerminal));
            AddOrThrow(new StreamDescriptor(configuration.StandardError.Stream, input: false, configuration.StandardError.IsTerminal));
            foreach (var preopen in configuration.PreopenedDirectories) AddOrThrow(OpenPreopen(preopen));
            if (configuration.ListeningSocket is { } socket) AddOrThrow(new SocketDescriptor(socket, ownsSocket: false));
        }
        catch
        {
            Descriptors.Dispose();
            throw;
        }
    }

    public WasiConfiguration Configuration { get; }

    /// <summary>The status the guest passed to proc_exit, once it has.</summary>
    public int? ExitCode { get; internal set; }

    internal DescriptorTable Descriptors { get; } = new();

    internal StringBlock Arguments { get; }

    internal StringBlock Environment { get; }

    private void AddOrThrow(Descriptor descriptor)
    {
        if (Descriptors.Add(descriptor, out _) != Errno.Success)
        {
            descriptor.Dispose();
            throw new InvalidOperationException("too many descriptors granted");
        }
    }

    private static DirectoryDescriptor OpenPreopen(PreopenedDirectory preopen)
    {
        var fd = Libc.openat(AtCurrentDirectory, preopen.HostPath,
            LinuxConstants.ReadOnly | LinuxConstants.Directory | LinuxConstants.CloseOnExec, 0);
        // A directory the host may search but not list can still be used for paths beneath it.
        if (fd < 0 && Libc.LastError == LinuxConstants.EACCES)
            fd = Libc.openat(AtCurrentDirectory, preopen.HostPath, LinuxConstants.PathOnly | LinuxConstants.Directory | LinuxConstants.CloseOnExec, 0);
        if (fd < 0)
            throw new DirectoryNotFoundException($"cannot open directory {preopen.HostPath}: {HostErrors.Last().Describe()}");
        var rights = preopen.ReadOnly ? RightSets.ReadOnlyDirectory : RightSets.Directory;
        var inheriting = preopen.ReadOnly ? RightSets.ReadOnlyDirectoryInheriting : RightSets.DirectoryInheriting;
        return new DirectoryDescriptor(new HostFile(fd), rights, inheriting, preopen.ReadOnly, preopen.GuestPath, depth: 0);
    }

    private const int AtCurrentDirectory = -100;

    public void Dispose() => Descriptors.Dispose();
}

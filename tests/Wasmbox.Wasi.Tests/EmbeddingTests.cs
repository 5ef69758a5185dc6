using System.Net;
using System.Net.Sockets;
using System.Text;
using Wasmbox.Runtime;

namespace Wasmbox.Wasi.Tests;

/// <summary>WASI through the embedding API: the function set, errno for bad pointers, exits, grants per store, sockets.</summary>
public sealed class EmbeddingTests
{
    private static readonly string[] Preview1Functions =
    [
        "args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get", "clock_time_get",
        "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get", "fd_fdstat_set_flags",
        "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size", "fd_filestat_set_times", "fd_pread",
        "fd_prestat_get", "fd_prestat_dir_name", "fd_pwrite", "fd_read", "fd_readdir", "fd_renumber", "fd_seek",
        "fd_sync", "fd_tell", "fd_write", "path_create_directory", "path_filestat_get", "path_filestat_set_times",
        "path_link", "path_open", "path_readlink", "path_remove_directory", "path_rename", "path_symlink",
        "path_unlink_file", "poll_oneoff", "proc_exit", "proc_raise", "sched_yield", "random_get", "sock_accept",
        "sock_recv", "sock_send", "sock_shutdown",
    ];

    [Fact]
    public void EveryPreview1FunctionIsDefined()
    {
        Assert.Equal(Preview1Functions.Order(), WasiPreview1.FunctionNames.Order());
    }

    private static Instance Instantiate(string wat, WasiContext context)
    {
        var engine = new Engine();
        var module = Module.FromBytes(engine, Wat.ToWasm(wat));
        var linker = WasiPreview1.AddToLinker(new Linker(engine), context);
        return linker.Instantiate(new Store(engine), module);
    }

    [Fact]
    public void APointerOutsideMemoryAnswersEFAULT()
    {
        using var context = new WasiContext(WasiConfiguration.Default.WithArguments("guest", "argument"));
        var instance = Instantiate("""
            (module
              (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
              (memory (export "memory") 1)
              (func (export "sizes") (result i32) (call $args_sizes_get (i32.const 65534) (i32.const 0)))
              (func (export "args") (result i32) (call $args_get (i32.const 0) (i32.const 65530)))
              ;; an iovec at 16 pointing at a buffer that runs past the end
              (func (export "write") (result i32)
                (i32.store (i32.const 16) (i32.const 65000))
                (i32.store (i32.const 20) (i32.const 1000))
                (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 32)))
              (func (export "random") (result i32) (call $random_get (i32.const 65000) (i32.const 1000)))
              (func (export "clock") (result i32) (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const -4))))
            """, context);

        foreach (var name in new[] { "sizes", "args", "write", "random", "clock" })
            Assert.Equal(21, instance.GetFunction<int>(name)()); // EFAULT
    }

    [Fact]
    public void ProcExitUnwindsTheGuestWithItsStatus()
    {
        using var context = new WasiContext(WasiConfiguration.Default);
        var instance = Instantiate("""
            (module
              (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
              (memory 1)
              (func $inner (call $proc_exit (i32.const 5)) (unreachable))
              (func (export "outer") (call $inner) (unreachable)))
            """, context);

        var exit = Assert.Throws<WasiExitException>(() => instance.GetAction("outer")());
        Assert.Equal(5, exit.ExitCode);
        Assert.Equal(5, context.ExitCode);
    }

    [Fact]
    public void AModuleWithoutMemoryTrapsOnlyWhenACallNeedsMemory()
    {
        using var context = new WasiContext(WasiConfiguration.Default);
        var instance = Instantiate("""
            (module
              (import "wasi_snapshot_preview1" "sched_yield" (func $sched_yield (result i32)))
              (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
              (func (export "yield") (result i32) (call $sched_yield))
              (func (export "random") (result i32) (call $random_get (i32.const 0) (i32.const 4))))
            """, context);

        Assert.Equal(0, instance.GetFunction<int>("yield")());
        var trap = Assert.Throws<TrapException>(() => instance.GetFunction<int>("random")());
        Assert.Equal(TrapKind.HostError, trap.Kind);
        Assert.Contains("need the module to define a memory", trap.Message);
    }

    [Fact]
    public void UnknownDescriptorsAnswerEBADF()
    {
        using var context = new WasiContext(WasiConfiguration.Default);
        var instance = Instantiate("""
            (module
              (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_renumber" (func $fd_renumber (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_prestat_get" (func $fd_prestat_get (param i32 i32) (result i32)))
              (memory 1)
              (func (export "close") (result i32) (call $fd_close (i32.const 99)))
              (func (export "renumber") (result i32) (call $fd_renumber (i32.const 1) (i32.const 99)))
              (func (export "prestat") (result i32) (call $fd_prestat_get (i32.const 3) (i32.const 0))))
            """, context);

        Assert.Equal(8, instance.GetFunction<int>("close")());
        Assert.Equal(8, instance.GetFunction<int>("renumber")());
        Assert.Equal(8, instance.GetFunction<int>("prestat")());
    }

    [Fact]
    public void OneLinkerServesManyGuestsEachWithItsOwnGrants()
    {
        var module = GuestPrograms.Module("arguments");
        var linker = WasiPreview1.AddToLinker(new Linker(GuestPrograms.Engine), store => (WasiContext)store.Data!);
        foreach (var name in new[] { "first", "second" })
        {
            var output = new MemoryStream();
            using var context = new WasiContext(WasiConfiguration.Default
                .WithArguments("arguments", "WHO").WithEnvironmentVariable("WHO", name).WithStandardOutput(output));
            using var store = new Store(GuestPrograms.Engine, context);
            linker.Instantiate(store, module).GetAction("_start")();
            Assert.Contains($"getenv(WHO): {name}\n", Encoding.UTF8.GetString(output.ToArray()));
        }
    }

    [Fact]
    public void ConfigurationIsImmutableAndRefusesWhatWasiCannotCarry()
    {
        var empty = WasiConfiguration.Default;
        var granted = empty.WithEnvironmentVariable("A", "1").WithPreopenedDirectory("/tmp", "/tmp", readOnly: true);

        Assert.Empty(empty.EnvironmentVariables);
        Assert.Empty(empty.PreopenedDirectories);
        Assert.Equal(new PreopenedDirectory("/tmp", "/tmp", true), Assert.Single(granted.PreopenedDirectories));
        Assert.Equal("2", granted.WithEnvironmentVariable("A", "2").EnvironmentVariables.Single().Value);
        Assert.Throws<ArgumentException>(() => empty.WithEnvironmentVariable("A=B", "1"));
        Assert.Throws<ArgumentException>(() => empty.WithArguments("nul\0inside"));
    }

    [Fact]
    public void AMissingDirectoryIsReportedWhenTheContextIsMade()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() =>
            new WasiContext(WasiConfiguration.Default.WithPreopenedDirectory("/no/such/directory", "/data")));
        Assert.Contains("/no/such/directory", error.Message);
    }

    [Fact]
    public void AGuestServesAConnectionOnAGrantedSocket()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;

        string? reply = null;
        var client = new Thread(() =>
        {
            using var connection = new TcpClient();
            connection.Connect(IPAddress.Loopback, port);
            var stream = connection.GetStream();
            stream.Write("hello, guest\n"u8);
            reply = new StreamReader(stream).ReadToEnd();
        });
        client.Start();
        var result = GuestRun.Wasm("echo_server", c => c.WithListeningSocket(listener));
        client.Join();

        Assert.Equal("HELLO, GUEST\n", reply);
        Assert.Equal("shutdown: OK\nshutdown stdout: ENOTSOCK\nserved 13 bytes\n", result.Output);
    }
}

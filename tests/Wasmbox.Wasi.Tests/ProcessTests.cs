using System.Text;
using Wasmbox.Runtime;

namespace Wasmbox.Wasi.Tests;

/// <summary>Arguments, environment, clocks, randomness, stdio and exit codes, compared with native builds.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TemporaryDirectory root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public void ArgumentsAndGrantedVariablesReachTheGuestExactly()
    {
        string[] arguments = ["plain", "with space", "quote\"and\\backslash", "ünïcødé ☃", "", "GREETING", "HOME", "EMPTY"];
        KeyValuePair<string, string>[] environment = [new("GREETING", "hello world"), new("EMPTY", ""), new("EQUALS", "a=b=c")];

        var wasm = GuestRun.Wasm("arguments", c => environment.Aggregate(c, (c2, v) => c2.WithEnvironmentVariable(v.Key, v.Value)), arguments);
        var native = GuestRun.Native("arguments", root.Path, arguments, environment);

        Assert.Equal(native.ToString(), wasm.ToString());
        Assert.Contains("getenv(HOME): (unset)", wasm.Output);
        Assert.Contains("environment: 3 variable(s)", wasm.Output);
    }

    [Fact]
    public void NoVariableIsVisibleUnlessGranted()
    {
        Assert.False(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PATH")));
        var wasm = GuestRun.Wasm("arguments", arguments: ["PATH"]);

        Assert.Contains("environment: 0 variable(s)", wasm.Output);
        Assert.Contains("getenv(PATH): (unset)", wasm.Output);
    }

    [Fact]
    public void ClocksAgreeWithTheHostAndSleepsLastAsLongAsAsked()
    {
        string[] now = [DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()];
        var wasm = GuestRun.Wasm("clocks", arguments: now);
        var native = GuestRun.Native("clocks", root.Path, now);

        Assert.DoesNotContain(": no", wasm.Output);
        Assert.Equal(native.ToString(), wasm.ToString());
    }

    [Fact]
    public void RandomBytesDifferAndLookUniform()
    {
        var wasm = GuestRun.Wasm("random");
        var native = GuestRun.Native("random", root.Path);

        Assert.Equal("getentropy: ok\ntwo draws differ: yes\nevery byte value about as frequent: yes\n", wasm.Output);
        Assert.Equal(native.ToString(), wasm.ToString());
    }

    [Fact]
    public void StdinFlowsToStdoutThroughTheEmbeddersStreams()
    {
        // A megabyte of lines, with every byte value, read in odd-sized chunks.
        var input = new StringBuilder();
        for (var i = 0; i < 20000; i++) input.Append($"line {i}: the quick brown fox jumps over the lazy dog\n");
        var bytes = Encoding.UTF8.GetBytes(input.ToString()).Concat(Enumerable.Range(0, 256).Select(b => (byte)b)).ToArray();

        var wasm = GuestRun.Wasm("cat", input: bytes);
        var native = GuestRun.Native("cat", root.Path, input: bytes);

        Assert.Equal(0, wasm.ExitCode);
        Assert.Equal(native.ToString(), wasm.ToString());
        Assert.StartsWith("LINE 0: THE QUICK BROWN FOX", wasm.Output);
        Assert.Equal($"20001 lines, {bytes.Length} bytes\n", wasm.Error);
    }

    [Theory]
    [InlineData("exit", 0)]
    [InlineData("exit", 3)]
    [InlineData("exit", 255)]
    [InlineData("return", 0)]
    [InlineData("return", 42)]
    public void TheExitStatusIsTheGuests(string how, int code)
    {
        string[] arguments = [how, code.ToString()];
        var wasm = GuestRun.Wasm("exit", arguments: arguments);
        var native = GuestRun.Native("exit", root.Path, arguments);

        Assert.Equal(code, wasm.ExitCode);
        Assert.Equal(native.ToString(), wasm.ToString());
    }

    [Theory]
    [InlineData("abort", "unreachable")]
    [InlineData("trap", "out of bounds memory access")]
    public void AnAbortIsATrapNotAnExit(string how, string reason)
    {
        var trap = Assert.Throws<TrapException>(() => GuestRun.Wasm("exit", arguments: [how]));

        Assert.Equal(reason, trap.Reason);
    }

    [Fact]
    public void ExitEndsOnlyTheGuest()
    {
        // The host goes on: the same module runs again, and ExitCode tells how it ended.
        for (var i = 0; i < 3; i++)
            Assert.Equal(7 + i, GuestRun.Wasm("exit", arguments: ["exit", (7 + i).ToString()]).ExitCode);
    }
}

// The ceiling for `wasmbox serve` in bench/run-serve: Kestrel answering GET /hello with
// "Hello, world!\n" (text/plain; charset=utf-8, as the command executor's default) and nothing
// else to do. Built as wasmbox serve builds its server: the slim builder, no Server header, no
// request logging. Usage: BareKestrel ADDRESS:PORT
using System.Net;

if (args.Length != 1 || !IPEndPoint.TryParse(args[0], out var endpoint))
{
    Console.Error.WriteLine("usage: BareKestrel ADDRESS:PORT");
    return 2;
}

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Listen(endpoint);
});

var app = builder.Build();
var hello = "Hello, world!\n"u8.ToArray();
app.MapGet("/hello", () => Results.Bytes(hello, "text/plain; charset=utf-8"));
app.MapGet("/readyz", () => Results.Text("ready\n"));
app.Run();
return 0;

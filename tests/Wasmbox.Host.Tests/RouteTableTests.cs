using Wasmbox.Host.Routing;

namespace Wasmbox.Host.Tests;

/// <summary>Route syntax and which route wins.</summary>
public sealed class RouteTableTests
{
    private static RouteTable<string> Table(params string[] routes) =>
        new(routes.Select(r => (r, RoutePattern.Parse(r), r)));

    [Theory]
    [InlineData("/hello", "/hello", "")]
    [InlineData("/hello/", "/hello", "")]
    [InlineData("/users/7", "/users/:id", "")]
    [InlineData("/users/me", "/users/me", "")]
    [InlineData("/files/a/b.txt", "/files/...", "/a/b.txt")]
    [InlineData("/files", "/files/...", "")]
    [InlineData("/files/", "/files/...", "/")]
    [InlineData("/files/docs/", "/files/...", "/docs/")]
    [InlineData("/files/special/x", "/files/special/...", "/x")]
    [InlineData("/anything/else", "/...", "/anything/else")]
    [InlineData("/", "/...", "")]
    public void MostSpecificRouteWins(string path, string route, string pathInfo)
    {
        var table = Table("/hello", "/users/:id", "/users/me", "/files/...", "/files/special/...", "/...");
        var match = table.Match(path);
        Assert.NotNull(match);
        Assert.Equal(route, match.Route.Text);
        Assert.Equal(pathInfo, match.PathInfo);
    }

    [Fact]
    public void ParametersAreCaptured()
    {
        var match = Table("/orders/:order/items/:item").Match("/orders/12/items/abc")!;
        Assert.Equal("12", match.Parameters["order"]);
        Assert.Equal("abc", match.Parameters["item"]);
        Assert.Null(Table("/orders/:order/items/:item").Match("/orders/12/items"));
    }

    [Theory]
    [InlineData("hello", "must start with /")]
    [InlineData("/a//b", "empty segment")]
    [InlineData("/a/.../b", "... may only end a route")]
    [InlineData("/a/:", "needs a name")]
    [InlineData("/a/:x/:x", "needs a name used once")]
    [InlineData("/files/*", "write a wildcard as /prefix/...")]
    [InlineData("/healthz", "reserved for the server")]
    [InlineData("/admin/...", "reserved for the server")]
    public void MalformedRoutesAreRefused(string route, string reason)
    {
        var error = Assert.Throws<FormatException>(() => RoutePattern.Parse(route));
        Assert.Contains(reason, error.Message);
    }
}

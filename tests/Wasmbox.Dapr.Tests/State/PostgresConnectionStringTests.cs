using Npgsql;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Tests.State;

/// <summary>daprd's PostgreSQL connection strings (libpq keyword/value pairs and URIs) read into Npgsql's settings.</summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void KeywordPairsWithLibpqNamesAndSpacedEquals()
    {
        var builder = PostgresConnectionString.Parse("host=db.local port = 5433 user=app password=s3cret dbname=orders sslmode=verify-full connect_timeout=7");
        Assert.Equal("db.local", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("app", builder.Username);
        Assert.Equal("s3cret", builder.Password);
        Assert.Equal("orders", builder.Database);
        Assert.Equal(SslMode.VerifyFull, builder.SslMode);
        Assert.Equal(7, builder.Timeout);
    }

    [Fact]
    public void AQuotedValueKeepsItsSpacesAndEscapedQuotes()
    {
        var builder = PostgresConnectionString.Parse(@"password='a b \'c\' d\\e' user=u");
        Assert.Equal(@"a b 'c' d\e", builder.Password);
        Assert.Equal("u", builder.Username);
    }

    [Fact]
    public void UrisWithPercentEncodingPortsAndParameters()
    {
        var builder = PostgresConnectionString.Parse("postgresql://app:p%40ss%3Aword@db.local:6543/my%20db?sslmode=require&application_name=wasm%20box");
        Assert.Equal(("app", "p@ss:word", "db.local", 6543, "my db", SslMode.Require, "wasm box"),
            (builder.Username, builder.Password, builder.Host, builder.Port, builder.Database, builder.SslMode, builder.ApplicationName));
        var ipv6 = PostgresConnectionString.Parse("postgres://[::1]:5000");
        Assert.Equal(("::1", 5000), (ipv6.Host, ipv6.Port));
        var socket = PostgresConnectionString.Parse("postgres:///state?host=%2Fvar%2Frun%2Fpostgresql");
        Assert.Equal(("/var/run/postgresql", "state"), (socket.Host, socket.Database));
    }

    [Fact]
    public void HostAddrIsWhereItConnects()
    {
        var builder = PostgresConnectionString.Parse("host=db.example hostaddr=10.1.2.3 user=u");
        Assert.Equal("10.1.2.3", builder.Host);
    }

    [Fact]
    public void NpgsqlsOwnFormIsTakenAsItIs()
    {
        var builder = PostgresConnectionString.Parse("Host=db;Username=app;Password=x y;Maximum Pool Size=7");
        Assert.Equal(("db", "app", "x y", 7), (builder.Host, builder.Username, builder.Password, builder.MaxPoolSize));
    }

    [Theory]
    [InlineData("host=db pool_max_conns=4", "\"pool_max_conns\" is not a setting")]
    [InlineData("host=db port=many", "the value of port is not valid")]
    [InlineData("host=db password=secret sslmode=sometimes", "the value of sslmode is not valid")]
    [InlineData("just some words", "neither keyword=value pairs")]
    [InlineData("host='db", "the quoted value of host has no closing quote")]
    [InlineData("postgres://db/state?sslmode", "the URI parameter \"sslmode\" has no value")]
    [InlineData("Host=db;Colour=blue", "metadata connectionString:")]
    public void WhatCannotBeReadIsRefused(string text, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => PostgresConnectionString.Parse(text));
        Assert.Contains(problem, error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }
}

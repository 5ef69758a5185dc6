using System.Text.Json;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Dapr.Tests.PubSub;

/// <summary>The CEL that subscription rules use, over a CloudEvent: what matches, and what is refused when read.</summary>
public sealed class EventMatchTests
{
    private static readonly JsonElement Event = JsonDocument.Parse("""
        {"id":"1","type":"order.created","source":"checkout","topic":"orders",
         "data":{"total":250.5,"customer":{"name":"vip-ann","tags":["a","b"]},"paid":true,"note":null}}
        """).RootElement;

    [Theory]
    [InlineData("event.type == \"order.created\"", true)]
    [InlineData("event.type == 'order.created'", true)]
    [InlineData("event.type != \"order.created\"", false)]
    [InlineData("event.data.total > 100", true)]
    [InlineData("event.data.total <= 250.5 && event.data.total >= 250.5", true)]
    [InlineData("event.data.total < 100 || event.source == \"checkout\"", true)]
    [InlineData("!(event.data.paid)", false)]
    [InlineData("event.data.paid == true", true)]
    [InlineData("event.data.note == null", true)]
    [InlineData("event.data.customer.name.startsWith(\"vip-\")", true)]
    [InlineData("event.data.customer.name.endsWith(\"ann\") && event.topic.contains(\"ord\")", true)]
    [InlineData("event[\"type\"] == \"order.created\"", true)]
    [InlineData("has(event.data.customer)", true)]
    [InlineData("has(event.data.discount)", false)]
    [InlineData("size(event.data.customer.tags) == 2", true)]
    [InlineData("event.data.discount > 5", false)]                          // a missing field does not match
    [InlineData("event.data.discount > 5 || event.data.paid", true)]        // but only its side of ||
    [InlineData("event.type > 5", false)]                                    // mixed kinds do not compare
    public void MatchesAsCelWould(string expression, bool expected) =>
        Assert.Equal(expected, EventMatch.Parse(expression).Matches(Event));

    [Theory]
    [InlineData("event.data.total >> 100")]
    [InlineData("event.type ==")]
    [InlineData("type == \"x\"")]
    [InlineData("event.type == \"unterminated")]
    [InlineData("event.type.matches(\"x\")")]
    [InlineData("(event.type == \"x\"")]
    public void WhatIsNotSupportedIsRefusedSayingWhere(string expression) =>
        Assert.Contains("at position", Assert.Throws<FormatException>(() => EventMatch.Parse(expression)).Message);
}

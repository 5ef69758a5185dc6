using Wasmbox.Programs.Tests.Building;

namespace Wasmbox.Programs.Tests;

/// <summary>The deb-src entry the set-up adds on a fresh machine, which lists only binary packages.</summary>
public sealed class AptSourceIndexesTests
{
    [Fact]
    public void Deb822StanzasKeepTheirArchivesAndFetchSourcesInstead()
    {
        const string binary = """
            Types: deb
            URIs: http://deb.debian.org/debian
            Suites: bookworm bookworm-updates
            Components: main
            Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

            Types: deb
            URIs: http://deb.debian.org/debian-security
            Suites: bookworm-security
            Components: main
            Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

            """;

        Assert.Equal(binary.Replace("Types: deb\n", "Types: deb-src\n"), AptSourceIndexes.SourceStanzas(binary));
    }

    [Fact]
    public void OneLineEntriesBecomeDebSrcLinesAndNothingElseIsCopied()
    {
        const string binary = """
            # the main archive
            deb http://deb.debian.org/debian bookworm main
            deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security bookworm-security main
            deb-src http://example.org/debian bookworm main

            """;

        Assert.Equal("""
            deb-src http://deb.debian.org/debian bookworm main
            deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security bookworm-security main

            """, AptSourceIndexes.SourceLines(binary));
    }
}

namespace Wasmbox.Programs.Tests.Building;

/// <summary>
/// A Debian source package as `apt-get source` fetches it (the version apt would install) and
/// dpkg-source unpacks it, with Debian's patches applied. Kept in the build cache; nothing of it
/// is ever part of this repository.
/// </summary>
internal sealed record DebianSourcePackage(string Name, string Description, string Tree)
{
    /// <summary>The unpacked source of <paramref name="name"/>, downloaded on first use.</summary>
    public static DebianSourcePackage Get(string name)
    {
        var directory = Path.Combine(BuildCache.Root, "sources", name);
        using (BuildCache.Lock())
        {
            if (!Directory.Exists(directory)) Download(name, directory);
        }
        // The .dsc names the version and the hash of every file it was unpacked from.
        var description = File.ReadAllText(Directory.GetFiles(directory, "*.dsc").Single());
        return new DebianSourcePackage(name, description, Path.Combine(directory, "tree"));
    }

    private static void Download(string name, string directory)
    {
        var scratch = BuildCache.Scratch(directory);
        AptSourceIndexes.EnsureConfigured();
        string[] fetch = ["source", "--download-only", name];
        try
        {
            ExternalCommand.Run("apt-get", fetch, scratch);
        }
        catch (InvalidOperationException)
        {
            // The indexes may be missing or name a version the archive no longer has.
            AptSourceIndexes.Update();
            ExternalCommand.Run("apt-get", fetch, scratch);
        }
        var dsc = Directory.GetFiles(scratch, "*.dsc").Single();
        // apt checked every file against the signed archive index, so dpkg-source need not look
        // for the uploader's key (which a fresh machine does not have).
        ExternalCommand.Run("dpkg-source", ["--no-check", "-x", Path.GetFileName(dsc), "tree"], scratch);
        foreach (var file in Directory.GetFiles(scratch).Where(file => file != dsc)) File.Delete(file);
        Directory.Move(scratch, directory);
    }
}

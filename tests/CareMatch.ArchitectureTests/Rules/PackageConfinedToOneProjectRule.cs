using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// A package that only one project may reference, checked in the project files. Compiled
/// assemblies cannot show this for a source generator (it leaves no reference behind), and a
/// package reference is the first step to using a library where it does not belong.
/// </summary>
internal sealed class PackageConfinedToOneProjectRule(string package, Func<string, bool> matches, string allowedProject)
{
    /// <summary>The generator writes the mediator's wiring; one copy, in the host.</summary>
    public static readonly PackageConfinedToOneProjectRule MediatorSourceGenerator =
        new("Mediator.SourceGenerator", id => id == "Mediator.SourceGenerator", "CareMatch.Web");

    /// <summary>Any Hangfire package (core, server, storage): the host runs the jobs.</summary>
    public static readonly PackageConfinedToOneProjectRule Hangfire =
        new("Hangfire.*", id => id.StartsWith("Hangfire", StringComparison.OrdinalIgnoreCase), "CareMatch.Web");

    public static readonly PackageConfinedToOneProjectRule Stripe =
        new("Stripe.net", id => id.Equals("Stripe.net", StringComparison.OrdinalIgnoreCase), "CareMatch.Payments");

    /// <summary>Image decoding (a native library) is for proving and re-encoding uploads, which the Providers module owns.</summary>
    public static readonly PackageConfinedToOneProjectRule SkiaSharp =
        new("SkiaSharp*", id => id.StartsWith("SkiaSharp", StringComparison.OrdinalIgnoreCase), "CareMatch.Providers");

    /// <summary>PDF parsing, for proving evidence uploads are PDFs.</summary>
    public static readonly PackageConfinedToOneProjectRule PdfPig =
        new("PdfPig", id => id.Equals("PdfPig", StringComparison.OrdinalIgnoreCase), "CareMatch.Providers");

    public override string ToString() => $"{package} only in {allowedProject}";

    public IReadOnlyList<string> Check(ProjectFile project) =>
        project.Name == allowedProject
            ? []
            : project.PackageReferences
                .Where(matches)
                .Select(id => $"{project.Name} references the package {id}; only {allowedProject} may reference {package}.")
                .ToList();
}

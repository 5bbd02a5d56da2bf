namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// Where a project sits in the module layout, from its name: CareMatch.X.Contracts is module X's
/// contracts, CareMatch.X and CareMatch.X.Anything else are module X's implementation.
/// </summary>
internal sealed record ProjectIdentity(string? Module, bool IsContracts)
{
    private const string Prefix = "CareMatch.";
    private const string ContractsSuffix = ".Contracts";

    public bool IsModule => Module is not null;

    public static ProjectIdentity Of(string projectName, IEnumerable<string> moduleNames)
    {
        if (!projectName.StartsWith(Prefix, StringComparison.Ordinal)) return new(null, false);
        var rest = projectName[Prefix.Length..];
        var module = moduleNames.FirstOrDefault(m => rest == m || rest.StartsWith(m + ".", StringComparison.Ordinal));
        return new(module, module is not null && rest == module + ContractsSuffix);
    }
}

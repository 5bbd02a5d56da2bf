using System.Reflection;
using System.Text.RegularExpressions;
using CareMatch.ArchitectureTests.BadExamples;
using CareMatch.SharedKernel.Time;
using Xunit;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// The shipped assemblies under test. Modules are found from the files in the test's output
/// folder (every <c>CareMatch.X.Contracts.dll</c> with a <c>CareMatch.X.dll</c> beside it), so a new
/// module is checked without anyone remembering to list it here.
/// </summary>
internal static partial class ProductAssemblies
{
    /// <summary>The modules the design names. Discovery must find at least these, or the tests prove nothing.</summary>
    public static readonly IReadOnlyList<string> ExpectedModuleNames =
        ["Accounts", "Needs", "Providers", "Matching", "Bookings", "Payments", "Commissioning", "Trust", "Notifications"];

    private static readonly Lazy<IReadOnlyList<ModuleAssemblies>> DiscoveredModules = new(DiscoverModules);

    private static readonly Lazy<ModuleMap> DiscoveredModuleMap = new(() => new ModuleMap(Modules));

    public static IReadOnlyList<ModuleAssemblies> Modules => DiscoveredModules.Value;

    public static ModuleMap ModuleMap => DiscoveredModuleMap.Value;

    public static Assembly Web => typeof(Program).Assembly;

    public static Assembly SharedKernel => typeof(IClock).Assembly;

    /// <summary>The deliberately bad code every rule must catch.</summary>
    public static Assembly BadExamples => typeof(BookingsModule).Assembly;

    public static ModuleAssemblies Module(string name) =>
        Modules.SingleOrDefault(m => m.Name == name)
        ?? throw new InvalidOperationException($"Module {name} was not found in {AppContext.BaseDirectory}.");

    /// <summary>Every assembly the product ships that this repo writes: host, shared kernel, modules.</summary>
    public static IEnumerable<Assembly> All => [Web, SharedKernel, .. Modules.SelectMany(m => m.AllAssemblies)];

    /// <summary>Module names as xunit theory data, so each module is its own test case.</summary>
    public static TheoryData<string> ModuleNames() => new(Modules.Select(m => m.Name));

    private static List<ModuleAssemblies> DiscoverModules()
    {
        var folder = AppContext.BaseDirectory;
        var modules = new List<ModuleAssemblies>();
        foreach (var contractsFile in Directory.EnumerateFiles(folder, "CareMatch.*.Contracts.dll"))
        {
            var match = ContractsFileName().Match(Path.GetFileName(contractsFile));
            if (!match.Success) continue;
            var name = match.Groups["module"].Value;
            if (!File.Exists(Path.Combine(folder, $"CareMatch.{name}.dll"))) continue;

            var more = Directory.EnumerateFiles(folder, $"CareMatch.{name}.*.dll")
                .Select(Path.GetFileNameWithoutExtension)
                .Where(n => n != $"CareMatch.{name}.Contracts")
                .Order(StringComparer.Ordinal)
                .Select(n => Load(n!))
                .ToList();
            modules.Add(new ModuleAssemblies(name, Load($"CareMatch.{name}.Contracts"), Load($"CareMatch.{name}"), more));
        }
        return modules.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
    }

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    [GeneratedRegex(@"^CareMatch\.(?<module>[A-Za-z0-9]+)\.Contracts\.dll$")]
    private static partial Regex ContractsFileName();
}

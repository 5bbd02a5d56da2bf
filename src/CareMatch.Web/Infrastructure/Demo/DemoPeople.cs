namespace CareMatch.Web.Infrastructure.Demo;

/// <summary>Who the demo area is made of. Addresses use a reserved example domain, so no mail can reach a real person.</summary>
public static class DemoPeople
{
    public const string Domain = "demo.carematch.example";
    public const string CouncilName = "Leeds City Council (demo)";
    public const string Area = "LS";

    /// <summary>The generated commissioning history's seed: the same on every machine, and known on a second seeding.</summary>
    public const int HistorySeed = 2026;

    public static string AdminEmail => $"admin@{Domain}";

    public static string CommissionerEmail => $"commissioner@{Domain}";

    public static string CarerEmail(int number) => $"carer{number:00}@{Domain}";

    public static string SeekerEmail(int number) => $"seeker{number:00}@{Domain}";

    private static readonly string[] FirstNames =
    [
        "Amira", "Ben", "Chloe", "Dev", "Ella", "Farid", "Grace", "Hamza", "Isla", "Jack", "Kiran", "Lucy", "Mo", "Nia",
        "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Una", "Vik", "Wendy", "Yusuf", "Zara",
    ];

    private static readonly string[] Initials = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W"];

    /// <summary>A display name like "Grace M.", stable for each carer number.</summary>
    public static string CarerName(int number) =>
        $"{FirstNames[number % FirstNames.Length]} {Initials[number * 7 % Initials.Length]}.";
}

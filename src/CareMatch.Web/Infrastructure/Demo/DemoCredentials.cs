namespace CareMatch.Web.Infrastructure.Demo;

public sealed record DemoCredentials(
    string Password, string Admin, string Commissioner, string FirstCarer, string FirstSeeker, int Carers, int Seekers, int HistoryWeeks);

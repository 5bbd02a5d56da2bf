using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Notifications.Contracts;

/// <summary>The signed-in person's notifications and the kinds of email they turned off.</summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyNotificationsData : IQuery<ModuleDataExport>;

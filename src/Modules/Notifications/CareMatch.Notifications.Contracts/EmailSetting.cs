namespace CareMatch.Notifications.Contracts;

/// <summary>One kind and whether its emails reach the person. Safety kinds are always on and cannot be changed.</summary>
public sealed record EmailSetting(NotificationKind Kind, bool On, bool Safety);

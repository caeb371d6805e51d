namespace CoSell.Rest;

/// <summary>One item of <c>GET /v1/notifications</c>: the notification and where its e-mail stands (R34).</summary>
public sealed record NotificationResource(Notification Notification, NotificationDelivery? Delivery);

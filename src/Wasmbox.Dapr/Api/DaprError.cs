using System.Text.Json;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// A failure as daprd reports it: an HTTP status and a body <c>{"errorCode":"ERR_…","message":"…"}</c>
/// with daprd's codes and statuses (shared/DAPR-API.md §1.2), so SDKs map them as they map daprd's.
/// </summary>
public sealed class DaprError(int status, string errorCode, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string ErrorCode { get; } = errorCode;

    public DaprResponse ToResponse() =>
        DaprResponse.Json(Status, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["errorCode"] = ErrorCode, ["message"] = Message }));

    public static DaprError Malformed(string message) => new(400, "ERR_MALFORMED_REQUEST", message);
}

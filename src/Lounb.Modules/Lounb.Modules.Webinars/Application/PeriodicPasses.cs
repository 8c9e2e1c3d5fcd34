namespace Lounb.Modules.Webinars.Application;

/// <summary>
/// The loop of a background worker that runs a pass every interval (on <see cref="TimeProvider"/>): a pass that filled
/// its batch suggests more are waiting, so the next one starts at once; a failed pass is logged and the next tick retries.
/// </summary>
internal static class PeriodicPasses
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, int batchSize, Func<CancellationToken, Task<int>> pass,
        Action<Exception> failed, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                int done;
                do
                {
                    done = await pass(stoppingToken);
                }
                while (done >= batchSize && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

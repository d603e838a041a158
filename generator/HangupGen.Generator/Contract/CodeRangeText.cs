using System.Globalization;

namespace HangupGen.Contract
{
    /// <summary>How a category's documented range is written in generated docs, messages and fixes.</summary>
    internal static class CodeRangeText
    {
        /// <summary>"3000-3050", or "0" for a one-code range.</summary>
        public static string Format(int firstCode, int lastCode)
            => firstCode == lastCode
                ? firstCode.ToString(CultureInfo.InvariantCulture)
                : firstCode.ToString(CultureInfo.InvariantCulture) + "-" + lastCode.ToString(CultureInfo.InvariantCulture);
    }
}

namespace HangupGen.Analyzers.Switches
{
    /// <summary>What a switch over hangup values switches on.</summary>
    internal enum HangupSwitchSubject
    {
        /// <summary>A <c>HangupCause</c> (or a nullable one): the members are the causes of the table.</summary>
        Cause,

        /// <summary>A <c>HangupCategory</c> (or a nullable one): the members are the categories of the table.</summary>
        Category,

        /// <summary>A generated vocabulary enum (<c>CallStatus</c>, <c>DialStatus</c>, <c>TelephonyCause</c>): the members are its rows.</summary>
        Vocabulary,

        /// <summary>An integer holding a hangup code (<c>switch (hangupCauseCode)</c>, <c>switch ((int)cause)</c>): the members are the codes.</summary>
        Code,
    }
}

package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// stanceKeys returns "Speaker->Target/polarity" for every target stance of
// the statements of x.
func stanceKeys(x *Extraction) []string {
	var out []string
	for _, s := range x.Statements {
		for _, t := range s.Stances {
			out = append(out, fmt.Sprintf("%s->%s/%+d", s.Speaker, t.Target, t.Polarity))
		}
	}
	return out
}

// TestIssue12 holds one sentence (written for this test, not taken from
// any article) for each example and error kind of issue 12: who said
// what about whom, and with what sign.
func TestIssue12(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name string
		text string
		// want are the statements ("Speaker/polarity"), in order; nil
		// for none.
		want []string
		// has are target stances that must be found, hasNot ones that
		// must not ("Speaker->Target/polarity").
		has, hasNot []string
	}{
		{name: "OptimisticForecast",
			text: "Halvor Bancorp said it expects earnings to grow by about 15 pct next year.",
			want: []string{"Halvor Bancorp/+1"}},
		{name: "PessimisticForecast",
			text: "Halvor Bancorp said it expected sales to fall in the first quarter.",
			want: []string{"Halvor Bancorp/-1"}},
		{name: "NegatedForecast",
			text: "Halvor Bancorp said it did not expect sales to grow this year.",
			want: []string{"Halvor Bancorp/+0"}},
		// Who reports another's position takes no stance towards him by
		// its sign.
		{name: "ReportedPositionIsNoStanceOfTheReporter",
			text:   "Refco Inc denied it was in difficulty, vice president Tom Dorn said.",
			has:    []string{"Tom Dorn->Refco Inc/+0"},
			hasNot: []string{"Tom Dorn->Refco Inc/-1"}},
		{name: "ADealIsNoStance",
			text:   "Halvor Bancorp said it agreed to buy Dunmore Savings Bank for 40 mln dlrs.",
			want:   []string{"Halvor Bancorp/+0"},
			hasNot: []string{"Halvor Bancorp->Dunmore Savings Bank/+1"}},
		{name: "FallOnADate",
			text: "Gordon Brown said the election, expected to fall on 5 May, would give voters a clear choice.",
			want: []string{"Gordon Brown/+0"}},
		{name: "PeerWithDesignationSpeaks",
			text: "Gareth Penrose joined the Lords last year. On Monday Lord Penrose of Ashwell said the bill was a mistake.",
			want: []string{"Gareth Penrose/-1"}},
		{name: "TookExceptionTo",
			text: "Halvor Bancorp also took exception to Federal Reserve Board proposals on capital.",
			want: []string{"Halvor Bancorp/-1"}},
		// Any verb of saying after a comma at the end of the sentence
		// attributes all before it, a nested report included; its
		// speaker is no target of that report. "has since said": an
		// adverb between the auxiliary and the verb.
		{name: "TailVerbAfterANestedReport",
			text:   "Afterward, Tom Bell said he had relayed the offer to the buyers, Lena Harwick testified.",
			want:   []string{"Tom Bell/+0", "Lena Harwick/+0"},
			hasNot: []string{"Tom Bell->Lena Harwick/+0"}},
		{name: "TailReportOfAnOutletIsASource",
			text: "Tom Bell said he would resign, the Harlow Gazette reported.",
			want: []string{"Tom Bell/+0"}},
		{name: "BackedAwayIsNoBacking",
			text: "Tom Bell said the buyers could take the offer or leave it, but has since backed away from a hard deadline.",
			want: []string{"Tom Bell/-1"}},
		// Words of judgement: "misconceived", "counter-productive",
		// "short-sighted", "unwise".
		{name: "JudgedMisconceived",
			text: "The accord is fundamentally misconceived, Tom Bell said.",
			want: []string{"Tom Bell/-1"}},
		{name: "JudgedCounterProductive",
			text: "Tom Bell said a further fall in the pound could be counter-productive.",
			want: []string{"Tom Bell/-1"}},
		{name: "HasSinceSaid",
			text: "Tom Bell has since said that a deal would be signed in the spring.",
			want: []string{"Tom Bell/+0"}},
		{name: "ToldAHearerIsNoTarget",
			text:   "Treasury Secretary James Baker told a Senate committee the import surcharge was a serious mistake.",
			want:   []string{"James Baker/-1"},
			hasNot: []string{"James Baker->U.S. Senate/-1"}},
		{name: "ToldAGatheringIsNoTarget",
			text:   "\"The tax is a serious mistake,\" Tom Bell told a meeting of the Halvard Drillers Association. Anna Pike said at the annual conference of the Velmar Savings Institute that the tax was a serious mistake.",
			want:   []string{"Tom Bell/-1", "Anna Pike/-1"},
			hasNot: []string{"Tom Bell->Halvard Drillers Association/-1", "Anna Pike->Velmar Savings Institute/-1"}},
		{name: "ToldReportersAboutAGatheringKeepsIt",
			text: "Tom Bell told reporters the meeting of the Halvard Drillers Association had made a serious mistake.",
			want: []string{"Tom Bell/-1"},
			has:  []string{"Tom Bell->Halvard Drillers Association/-1"}},
		{name: "ToldAGatheringKeepsTheTopic",
			text: "Tom Bell told a meeting in Oslo that the Halvard Drillers Association had made a serious mistake.",
			want: []string{"Tom Bell/-1"},
			has:  []string{"Tom Bell->Halvard Drillers Association/-1"}},
		{name: "ToldAnOutletIsNoTarget",
			text:   "Dmitry Peskov told the state news agency TASS that the sanctions were a failure. Sergei Lavrov told the Russian daily Kommersant that Washington had made a mistake.",
			want:   []string{"Dmitry Peskov/-1", "Sergei Lavrov/-1"},
			has:    []string{"Sergei Lavrov->United States/-1"},
			hasNot: []string{"Dmitry Peskov->TASS/-1", "Sergei Lavrov->Kommersant/-1"}},
		{name: "ToldAnOutletWithoutArticleIsNoTarget",
			text:   "Anna Pike told Dutch newspaper Velmar Dagblad that the ruling was a disgrace. Tom Brede told the Labour Party newspaper Velmar Voice that the ruling was a mistake.",
			want:   []string{"Anna Pike/-1", "Tom Brede/-1"},
			hasNot: []string{"Anna Pike->Velmar Dagblad/-1", "Tom Brede->Velmar Voice/-1", "Tom Brede->Labour Party/-1"}},
		{name: "ToldAnAffiliateIsNoTarget",
			text:   "\"The delays were a disgrace,\" Anna Pike told CNN affiliate WKRV.",
			want:   []string{"Anna Pike/-1"},
			hasNot: []string{"Anna Pike->WKRV/-1", "Anna Pike->CNN/-1"}},
		{name: "EmployerBeforeRoleIsNoTarget",
			text:   "\"The roads are a terrible mess,\" CNN meteorologist Tom Brede said.",
			want:   []string{"Tom Brede/-1"},
			hasNot: []string{"Tom Brede->CNN/-1"}},
		{name: "PaidTributeTo",
			text: "Gordon Brown paid tribute to Tony Blair for his years of service.",
			want: []string{"Gordon Brown/+1"},
			has:  []string{"Gordon Brown->Tony Blair/+1"}},
		{name: "JudgmentVerbAsStatement",
			text: "Gordon Brown derided the plans of Michael Howard as a fantasy.",
			want: []string{"Gordon Brown/-1"}},
		{name: "ConcernAsCompany",
			text: "Halvor Bancorp said the Federal Reserve Board approved its purchase of the Portland-based financial services concern.",
			want: []string{"Halvor Bancorp/+0"}},
		{name: "ConcernAsWorry",
			text: "Halvor Bancorp expressed concern about the takeover bid.",
			want: []string{"Halvor Bancorp/-1"}},
		// The examples of the issue.
		{name: "DefendsOthersAgreement",
			text:   "Sergei Lavrov warned that any departure from the understandings reached by Donald Trump and Vladimir Putin in Alaska would be a grave mistake.",
			want:   []string{"Sergei Lavrov/-1"},
			hasNot: []string{"Sergei Lavrov->Donald Trump/-1", "Sergei Lavrov->Vladimir Putin/-1"}},
		{name: "EchoIsAgreement",
			text:   "Poland and its allies echo former U.S. President Barack Obama in saying the occupation is an illegal land grab.",
			has:    []string{"Poland->Barack Obama/+1"},
			hasNot: []string{"Poland->Barack Obama/-1", "Poland->United States/-1"}},
		{name: "HistoryInTemporalClause",
			text:   "Vladimir Putin casts the dispute as a turning point in relations with the West, which he says humiliated Russia after Yugoslavia broke apart in 1991.",
			hasNot: []string{"Vladimir Putin->Yugoslavia/-1", "Vladimir Putin->Yugoslavia/+1"}},
		{name: "OpeningAdverbialIsBackground",
			text:   "Despite Antony Blinken's firm stance, President Joe Biden himself has expressed a willingness to consider the proposals.",
			want:   []string{"Joe Biden/+1"},
			hasNot: []string{"Joe Biden->Antony Blinken/+1"}},
		{name: "HeSaidAfterUnknownSpeaker",
			text: "Alan Milburn launched the campaign on Monday. He promised an upbeat campaign. Liberal Democrat chief executive Lord Rennardo suggested Labour feared scrutiny. " +
				"\u201cTony Blair seems to have vanished from the leaflets,\u201d he said.",
			hasNot: []string{"Alan Milburn->Tony Blair/-1"}},
		{name: "NewQuotationFoldsIntoStatement",
			text: "Gordon Brown said: \u201cThis budget is a shambles and a waste of money.\u201d \u201cMichael Howard has wrecked the finances of every council.\u201d",
			want: []string{"Gordon Brown/-1"},
			has:  []string{"Gordon Brown->Michael Howard/-1"}},
		{name: "WeakCueInsideWordsBeforeAttribution",
			text: "Gordon Brown should set out a clear timetable for the withdrawal, Charles Kennedy has said.",
			want: []string{"Charles Kennedy/-1"},
			has:  []string{"Charles Kennedy->Gordon Brown/-1"}},
		{name: "AccusedOfChargeIsNoTarget",
			text:   "Gordon Brown accused Michael Howard of misleading voters about the costs of the war in Iraq.",
			has:    []string{"Gordon Brown->Michael Howard/-1"},
			hasNot: []string{"Gordon Brown->Iraq/-1"}},
		{name: "UrgedToActionIsNoTarget",
			text:   "Charles Kennedy urged Tony Blair to withdraw the troops from Iraq.",
			has:    []string{"Charles Kennedy->Tony Blair/-1"},
			hasNot: []string{"Charles Kennedy->Iraq/-1"}},
		{name: "CriticisedForReasonIsNoTarget",
			text:   "Michael Howard criticised Tony Blair for his handling of the dispute with France.",
			has:    []string{"Michael Howard->Tony Blair/-1"},
			hasNot: []string{"Michael Howard->France/-1"}},
		{name: "ComplementEndsAtNextClause",
			text: "Gordon Brown thanked Tony Blair for his support and said Britain would keep working with Poland.",
			has:  []string{"Gordon Brown->Tony Blair/+1", "Gordon Brown->Poland/+1"}},
		{name: "HeSaidAfterLongQuote",
			text: "Liam Fox spoke in London on Monday.\n\nHe said: \u201cWe will win this election. Alan Milburn has run a poor campaign.\n\n" +
				"\u201cThe vote is on Thursday,\u201d he said.",
			want: []string{"Liam Fox/+1", "Liam Fox/+0"}},

		// Reporting phrases the word lists did not know.
		{name: "MadeItClear", text: "Gordon Brown made it clear that he opposed the tax.", want: []string{"Gordon Brown/-1"}},
		// Only the cue: the sign of a position stated without stance
		// words is the calibration's call (its stance model's).
		{name: "WasFirmThat", text: "Tony Blair was firm that the reforms would go ahead.", want: []string{"Tony Blair"}},
		{name: "PointedOut", text: "Charles Kennedy pointed out that three countries had already withdrawn their troops.", want: []string{"Charles Kennedy/+0"}},
		{name: "SpokeOf", text: "Gordon Brown spoke of meeting nurses across the country.", want: []string{"Gordon Brown"}}, // no stance word: the sign is the calibration's
		{name: "SpokeOutAgainst", text: "Charles Kennedy spoke out against the war.", want: []string{"Charles Kennedy/-1"}},
		{name: "RuledThat", text: "Lord Woolf ruled that the detention of the men was unlawful.", want: []string{"Lord Woolf/-1"}},
		{name: "OfferedTo", text: "Vodafone has offered to pay for the new masts.", want: []string{"Vodafone/+1"}},
		{name: "QuoteThenStatementSaid",
			text: "The Iranian foreign ministry issued a statement on Monday. \u201cWe reject these accusations,\u201d the statement said.",
			want: []string{"Iran/-1"}},

		{name: "RelativeWhoSaid", text: "That view was shared by Health Secretary John Reid who said the reforms would save lives.",
			want: []string{"John Reid/+1"}},
		{name: "RelativeWhichSaid", text: "The deal was signed with Vodafone, which said the sale would close in March.",
			want: []string{"Vodafone/+0"}},
		{name: "SecondVerbPhraseKeepsSubject", text: "Gazprom is not planning to give up its stake and has threatened legal action against any buyer.",
			want: []string{"Gazprom/-1"}},

		{name: "PossessiveRoleSpokesman",
			text: "Gordon Brown met the unions in Downing Street on Monday. The prime minister's official spokesman also rejected the claims.",
			want: []string{"Gordon Brown/-1"}},
		{name: "PersonsSpokesman",
			text: "Gordon Brown met the unions on Monday. Mr Brown's spokesman rejected the claims.",
			want: []string{"Gordon Brown/-1"}},

		{name: "PartyAdjectiveSpokeswoman",
			text: "The Tories held a rally in Leeds. A Conservative spokeswoman said the party would publish its own plan in May.",
			want: []string{"Conservative Party"}},

		// Coordinated, collective and reciprocal speakers.
		{name: "LeadersOfList", text: "Leaders of France, Germany and Italy reaffirmed their support for Ukraine.",
			want: []string{"France/+1", "Germany/+1", "Italy/+1"}},
		{name: "CoordinatedGovernments", text: "Donald Tusk spoke first. The French and German governments said they would impose sanctions on Iran.",
			want: []string{"France/-1", "Germany/-1"}},
		{name: "AccusedEachOther", text: "Armenia and Azerbaijan accused each other of breaking the ceasefire.",
			want: []string{"Armenia/-1", "Azerbaijan/-1"},
			has:  []string{"Armenia->Azerbaijan/-1", "Azerbaijan->Armenia/-1"}},
		{name: "TradedAccusations", text: "Armenia and Azerbaijan traded accusations over the shelling of the border villages.",
			want: []string{"Armenia/-1", "Azerbaijan/-1"},
			has:  []string{"Armenia->Azerbaijan/-1", "Azerbaijan->Armenia/-1"}},
		{name: "ExchangedBarbsWith", text: "Armenia exchanged barbs with Azerbaijan at the summit in Prague.",
			want: []string{"Armenia/-1", "Azerbaijan/-1"},
			has:  []string{"Armenia->Azerbaijan/-1", "Azerbaijan->Armenia/-1"}},
		{name: "AlongWith", text: "Armenia, along with Georgia, criticised the pipeline deal.",
			want: []string{"Armenia/-1", "Georgia/-1"}},
		{name: "AsWellAs", text: "Armenia as well as Georgia criticised the pipeline deal.",
			want: []string{"Armenia/-1", "Georgia/-1"}},
		{name: "TwoPassivesWithAgents", text: "The truce was welcomed by Armenia but condemned by Azerbaijan.",
			want: []string{"Armenia/+1", "Azerbaijan/-1"}},
		{name: "PassiveComplementQuoted", text: "The truce was dismissed as \u201ca sham\u201d by Azerbaijan.",
			want: []string{"Azerbaijan/-1"}},
		{name: "PassiveComplementNoun", text: "The truce has been branded a betrayal by Armenia.",
			want: []string{"Armenia/-1"}},
		{name: "PassivePrepositionIsNoComplement", text: "The truce was described in detail by Armenia.", want: nil},
		{name: "PassiveParticleIsNoComplement", text: "The kick was charged down by Armenia.", want: nil},
		{name: "ChargeDenied", text: "Armenia accused Azerbaijan of shelling the border villages, a charge Azerbaijan denied.",
			want: []string{"Armenia/-1", "Azerbaijan/-1"},
			has:  []string{"Armenia->Azerbaijan/-1", "Azerbaijan->Armenia/-1"}},
		{name: "BothSidesAccusedEachOther", text: "Armenia and Azerbaijan met in Geneva on Monday. Both sides accused each other of breaking the ceasefire.",
			want: []string{"Armenia/-1", "Azerbaijan/-1"},
			has:  []string{"Armenia->Azerbaijan/-1", "Azerbaijan->Armenia/-1"}},

		// Unnamed officials, agencies and bodies.
		{name: "UnnamedOfficialQuoted", text: "Iran rejected the proposal on Sunday. A senior official was quoted by a news agency as saying the talks had failed.",
			want: []string{"Iran/-1", "Iran/-1"}},
		{name: "AgencyPassesOnQuote", text: "\u201cThe talks have failed,\u201d Reuters reported.", want: nil},
		{name: "AccordingToAgencyIsSource", text: "The army has crossed the border, according to Reuters.", want: nil},
		{name: "CompanySaid", text: "AstraZeneca shares fell on Friday. The company said its drug had failed a trial.", want: []string{"AstraZeneca/-1"}},
		{name: "GovernmentSaid", text: "Brazil has been hit by floods. The government said it would send aid.", want: []string{"Brazil/+0"}},

		// Non-statements.
		{name: "VotedAgainst", text: "Armenia voted against the resolution, while Georgia voted for it.",
			want: []string{"Armenia/-1", "Georgia/+1"}},
		{name: "WillSupport", text: "Armenia will support the proposal on the border crossings.",
			want: []string{"Armenia/+1"}},
		{name: "WillDefendTitle", text: "Tom Hale will defend his title in Sydney next week.", want: nil},
		{name: "Hypothesis", text: "The deal could grow if Armenia agrees to the new demands.", want: nil},
		{name: "AskedWhether", text: "Tom Hale declined to say whether Armenia rejected the offer.", want: nil},
		{name: "NotYetResponded", text: "The Kremlin has not yet responded to the proposal.", want: nil},
		{name: "DeclinedToComment", text: "Dmitry Peskov declined to comment on the report.", want: nil},
		{name: "AnnouncedCurfew", text: "The Egyptian government announced a curfew in Cairo.", want: nil},

		// Polarity.
		{name: "PlainlyCritical", text: "Michael Howard said the scheme was a shambles and a waste of money.", want: []string{"Michael Howard/-1"}},
		{name: "ConcessiveDoesNotFlip", text: "Jacques Chirac praised the agreement, although critics called it a disaster.", want: []string{"Jacques Chirac/+1"}},
		{name: "DemandOnOthers", text: "Charles Kennedy said Tony Blair should publish the full legal advice.", want: []string{"Charles Kennedy/-1"},
			has: []string{"Charles Kennedy->Tony Blair/-1"}},
		{name: "CallOfOthersIsTarget", text: "Anna Berg rejected the Liberal Democrats' call for a new tax on fuel.",
			want: []string{"Anna Berg/-1"}, has: []string{"Anna Berg->Liberal Democrats/-1"}},
		{name: "StationToldIsNoTarget", text: "Anna Pike told BBC Radio 4 that the plan was a disaster for Ruritania.",
			hasNot: []string{"Anna Pike->BBC Radio 4/-1"}},
		{name: "OutletTellingIsNoTarget", text: "Lord Pike denied the charge, telling the BBC that the report was wrong.",
			hasNot: []string{"Lord Pike->BBC/-1"}},
		{name: "OutletOnIsNoTarget", text: "Speaking on BBC Two, Anna Pike criticised the plan as a disaster.",
			hasNot: []string{"Anna Pike->BBC Two/-1"}},
		{name: "NeitherCommented",
			text: "Neither Moscow nor Kyiv commented on the report on Monday.",
			want: nil},
		{name: "NeitherWouldSay",
			text: "Neither Halvor Bancorp nor Tessa Marsh would say how the cash would be used.",
			want: nil},
		{name: "NeitherInTheWordsIsNoSubject",
			text: "Tessa Marsh said neither Halvor Bancorp nor Orbis Corp had been told of the plan.",
			want: []string{"Tessa Marsh/+0"}},
		{name: "EachOfTheSpeakers",
			text: "Britain and France each condemned the attack on Monday.",
			want: []string{"United Kingdom/-1", "France/-1"}},
		{name: "EachBlamedTheOther",
			text: "Pakistan and India each accused the other of violating the truce.",
			want: []string{"Pakistan/-1", "India/-1"},
			has:  []string{"Pakistan->India/-1", "India->Pakistan/-1"}},
		{name: "ProgressivePledge",
			text: "The Liberal Democrats are promising to cut class sizes. Charles Kennedy is pledging a new pension system.",
			want: []string{"Liberal Democrats/+1", "Charles Kennedy/+1"}},
		{name: "JudgmentInAClauseAfterAComma",
			text: "Britain and France have pledged to send troops, a move Moscow condemned. Germany welcomed the plan, which was criticised by Russia.",
			want: []string{"United Kingdom/+1", "France/+1", "Russia/-1", "Germany/+1", "Russia/-1"}},
		// "cannot" negates as "not" does; a stance phrase with its own
		// negator ("will not accept") is not negated again by another.
		{name: "CannotNegates",
			text: "\u201cWe cannot support the budget,\u201d Anna Pike said.",
			want: []string{"Anna Pike/-1"}},
		{name: "CannotNegatesAfterSubject",
			text: "Japan cannot tolerate a further rise of the yen, Anna Pike said.",
			want: []string{"Anna Pike/-1"}},
		{name: "NegatorBeforeNegatedPhrase",
			text: "\u201cI cannot and will not accept any delay,\u201d Anna Pike said.",
			want: []string{"Anna Pike/-1"}},
		// What Germany reports of Russia's position is Russia's statement
		// too (nestedReport); a demand on Russia is not.
		{name: "ReportedRejectionIsASecondStatement",
			text: "Germany said on Wednesday that Russia had rejected the offer.",
			want: []string{"Germany/+0", "Russia/-1"}},
		{name: "ReportedDemandIsNoSecondStatement",
			text: "Germany said on Wednesday that Russia should reject the offer.",
			want: []string{"Germany"}},
		{name: "SecondVerbOfTheSpeaker",
			text: "Emmanuel Macron praised Germany but criticised the United States for its tariffs.",
			want: []string{"Emmanuel Macron/+1"},
			has:  []string{"Emmanuel Macron->Germany/+1", "Emmanuel Macron->United States/-1"}},
		{name: "WouldBackAState",
			text: "In a joint statement, France and Germany said they would back Ukraine.",
			has:  []string{"France->Ukraine/+1", "Germany->Ukraine/+1"}},
		{name: "TheGovernmentOfTheStory",
			text: "Ministers in Canada defended the new tax. The charity Oxfam criticised the government over the plan.",
			has:  []string{"Oxfam->Canada/-1"}},
		{name: "AccusedTheGovernmentOfDoing",
			text: "Ministers in Canada defended the new tax. The charity Oxfam accused the government of hiding its costs.",
			has:  []string{"Oxfam->Canada/-1"}},
		{name: "OppositionOnItsGovernment",
			text: "Britain tightened its asylum rules on Monday. Conservative shadow home secretary Carl Denton said the government had failed.",
			has:  []string{"Carl Denton->United Kingdom/-1"}},
		{name: "OwnGovernmentIsNoTarget",
			text:   "Canadian Finance Minister Michael Wilson said the government was confident. He said Ottawa would not change course.",
			hasNot: []string{"Michael Wilson->Canada/+1", "Michael Wilson->Canada/-1"}},
		{name: "GovernmentNamedInApposition",
			text:   "Brazilian analyst Paulo Reis said the association blamed the junior partner in the coalition government, the Liberal Front Party.",
			hasNot: []string{"Paulo Reis->Brazil/-1"}},
		{name: "TheyAfterAPartyOpensTheSentence",
			text: "The Conservatives have published a guide to health checks for migrants. They say the plans will protect the health service.",
			want: []string{"Conservative Party/+1"}},
		{name: "AgreementIsMutual",
			text: "Greece and Turkey agreed to resume talks.",
			want: []string{"Greece/+1", "Turkey/+1"},
			has:  []string{"Greece->Turkey/+1", "Turkey->Greece/+1"}},
		{name: "SeveralPartiesAgreeTogether",
			text:   "The United States, Japan, France and Italy agreed at the summit to coordinate their policies.",
			want:   []string{"United States/+1", "Japan/+1", "France/+1", "Italy/+1"},
			hasNot: []string{"United States->Japan/+1", "Japan->France/+1", "Italy->United States/+1", "France->Italy/+1"}},
		{name: "PartiesToANegativeAgreement",
			text:   "Greece and Turkey agreed that the plan was flawed and dangerous.",
			has:    []string{"Greece->Turkey/+1", "Turkey->Greece/+1"},
			hasNot: []string{"Greece->Turkey/-1", "Turkey->Greece/-1"}},
		{name: "HitBackAtTheCapital",
			text: "China hit back at Washington on Monday over the new tariffs.",
			has:  []string{"China->United States/-1"}},
		{name: "TalksAtTheCapitalAreAVenue",
			text:   "China said the talks at Washington had gone well.",
			hasNot: []string{"China->United States/+1", "China->United States/+0"}},
		{name: "CoordinatedSpeakersShareTheirWords",
			text:   "Britain and France have pledged to send troops, a move Moscow condemned.",
			hasNot: []string{"United Kingdom->Russia/-1", "France->Russia/-1"}},
		{name: "OwnSideIsNoTarget", text: "Volodymyr Zelensky said Russian strikes had devastated Ukrainian cities.",
			hasNot: []string{"Volodymyr Zelensky->Ukraine/-1"}},
		// "opposed" and "supported" as a verb of their own, active or
		// passive.
		// Rulings and appeals: a court's decision is its position on the
		// case, an appeal a challenge of the ruling.
		{name: "RuledAgainst", text: "The Dunmore High Court ruled against Harlow Corp on Monday.",
			want: []string{"Dunmore High Court/-1"}},
		{name: "Quashed", text: "The Dunmore Court of Appeal quashed the sentences of the Harlow Six.",
			want: []string{"Dunmore Court of Appeal/-1"}},
		{name: "Upheld", text: "The Dunmore Supreme Court upheld the award to Harlow Corp.",
			want: []string{"Dunmore Supreme Court/+1"}},
		{name: "LodgedAnAppeal", text: "Harlow Corp lodged an appeal against the ruling on Tuesday.",
			want: []string{"Harlow Corp/-1"}},
		// Verbs of taking a side.
		{name: "Challenged", text: "Harlow Corp has challenged the right of Dunmore Mills Inc to claim protection.",
			want: []string{"Harlow Corp/-1"}},
		{name: "Resisted", text: "Norway has resisted pressure to join the alliance.",
			want: []string{"Norway/-1"}},
		{name: "Advocated", text: "The Harlow Society advocated a ban on greenmail payments.",
			want: []string{"Harlow Society/+1"}},
		{name: "CampaignedAgainst", text: "Nora Felder campaigned against the new airport at Dunmore.",
			want: []string{"Nora Felder/-1"}},
		// Idioms of criticising and backing.
		{name: "TookIssueWith", text: "Harlow Corp took issue with the report of the Dunmore Institute.",
			want: []string{"Harlow Corp/-1"}},
		{name: "PouredColdWaterOn", text: "Nora Felder poured cold water on the plan of Harlow Corp.",
			want: []string{"Nora Felder/-1"}},
		{name: "ThrewWeightBehind", text: "Nora Felder threw her weight behind the plan of Harlow Corp.",
			want: []string{"Nora Felder/+1"}},
		{name: "HitBackInSport", text: "Tom Halvey hit back after the break to win the match.", want: nil},
		// "Committed to" is an attitude of willingness, as "keen to" is.
		{name: "CommittedTo", text: "Harlow Corp is committed to keeping the Dunmore plant open.",
			want: []string{"Harlow Corp/+1"}},
		{name: "OpposedAsAVerb", text: "Tomas Brenner opposed a further fall in the value of the dollar.",
			want: []string{"Tomas Brenner/-1"}},
		{name: "SupportedAsAVerb", text: "Norway supported the plan of Harbour Freight Corp.",
			want: []string{"Norway/+1"}},
		{name: "OpposedByAgents", text: "The plan was opposed by Norway and Sweden.",
			want: []string{"Norway/-1", "Sweden/-1"}},
		// Legal action: to sue is to accuse before a court.
		{name: "Sued", text: "Nora Felder sued Harlow Corp for breach of contract.",
			want: []string{"Nora Felder/-1"}, has: []string{"Nora Felder->Harlow Corp/-1"}},
		{name: "SuedByAgent", text: "Harlow Corp is being sued by Dunmore Mills Inc in New York.",
			want: []string{"Dunmore Mills Inc/-1"}, has: []string{"Dunmore Mills Inc->Harlow Corp/-1"}},
		{name: "FiledALawsuitAgainst", text: "Dunmore Mills Inc filed a lawsuit against Harlow Corp on Monday.",
			want: []string{"Dunmore Mills Inc/-1"}, has: []string{"Dunmore Mills Inc->Harlow Corp/-1"}},
		// A lawsuit's words are the plaintiff's.
		{name: "TheSuitSaid", text: "Dunmore Mills Inc filed a lawsuit against Harlow Corp on Monday. The suit said Harlow Corp had broken the contract.",
			want: []string{"Dunmore Mills Inc/-1", "Dunmore Mills Inc"}},
		{name: "AccordingToTheComplaint", text: "Dunmore Mills Inc sued Harlow Corp in May. Harlow Corp had sold the mill twice, according to the complaint.",
			want: []string{"Dunmore Mills Inc/-1", "Dunmore Mills Inc"}},
		{name: "NoOneSued", text: "Harlow Corp had higher sales in May. The lawsuit said the figures were false.", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			got := stmtKeys(x.Statements, tt.want)
			if (tt.want != nil || len(tt.has) == 0 && len(tt.hasNot) == 0) && !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q) statements = %v, want %v", tt.text, got, tt.want)
			}
			stances := stanceKeys(x)
			for _, h := range tt.has {
				if !slices.Contains(stances, h) {
					t.Errorf("Extract(%q) stances = %v, want %s among them", tt.text, stances, h)
				}
			}
			for _, h := range tt.hasNot {
				if slices.Contains(stances, h) {
					t.Errorf("Extract(%q) stances = %v, want no %s", tt.text, stances, h)
				}
			}
		})
	}
}

// TestStanceConfidenceRange checks that every statement and target
// stance has a confidence in [0, 1] and that the stances follow the
// targets.
func TestStanceConfidenceRange(t *testing.T) {
	ex := testExtractor(t)
	// The second sentence names a product ("its Velmora drug") that the
	// document's votes take out of its actors: its stance goes with it.
	text := strings.Repeat("Emmanuel Macron praised Olaf Scholz and criticised Viktor Orban. The Kremlin said the talks were useless. ", 3) +
		"Harlow Pharma launched its Velmora drug on Monday. Analyst Ken Brandt said Velmora was a dismal failure and Harlow Pharma had wasted money."
	x, err := ex.Extract(Document{ID: "conf", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Statements) == 0 {
		t.Fatalf("Extract(%q): no statements", text)
	}
	for _, s := range x.Statements {
		if s.Confidence < 0 || s.Confidence > 1 {
			t.Errorf("statement %q confidence %v out of [0, 1]", s.Text, s.Confidence)
		}
		if len(s.Stances) != len(s.Targets) {
			t.Fatalf("statement %q: %d stances for %d targets", s.Text, len(s.Stances), len(s.Targets))
		}
		for i, st := range s.Stances {
			if st.Target != s.Targets[i] || st.Confidence < 0 || st.Confidence > 1 || st.Polarity < -1 || st.Polarity > 1 {
				t.Errorf("statement %q stance %d = %+v (target %q)", s.Text, i, st, s.Targets[i])
			}
		}
	}
}

// TestCalibratedConfidence checks that a sign the word lists read plainly
// is a confident one: the confidence calibration's probability, not the
// product of experts', which the polarity model read at the cue with no
// target pulled towards neutral (0.03 to 0.38 on these sentences before).
func TestCalibratedConfidence(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text string
		pol        int
	}{
		{"Disappointing", "Anna Pike said the decision was \"deeply disappointing\".", -1},
		{"Warned", "Anna Pike warned that the plan would fail.", -1},
		{"Constructive", "Anna Pike described the talks as constructive.", 1},
		{"Unjustified", "Anna Pike said the sanctions were unjustified and counterproductive.", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			if len(x.Statements) != 1 {
				t.Fatalf("Extract(%q): %d statements, want 1", tt.text, len(x.Statements))
			}
			if s := x.Statements[0]; s.Polarity != tt.pol || s.Confidence < 0.6 {
				t.Errorf("Extract(%q) = polarity %+d confidence %.3f, want %+d with at least 0.6", tt.text, s.Polarity, s.Confidence, tt.pol)
			}
		})
	}
}

// TestDescriptionTargets checks that a definite description in a
// statement's words is a target when the article resolves it ("the
// company", "the president", "the prince's"), and not when it names
// someone else or a body of the wrong kind. The sentences are written
// for this test.
func TestDescriptionTargets(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text, speaker, target string
		want                        bool
	}{
		// The firm named after "of" is the speaker's, written with a comma
		// inside its name or not: no target.
		// The one who reports a statement of the sentence is its source,
		// not what it is about.
		// Whom a saying was addressed to is no target: a titled person
		// after "told", the body after "in testimony to"; but "told
		// reporters X …" speaks of X, and "in response to Y" answers Y.
		{name: "ToldATitledPersonIsNoTarget",
			text:    "Tom Bell told committee chairman Lena Harwick that the proposal was a serious mistake.",
			speaker: "Tom Bell", target: "Lena Harwick", want: false},
		{name: "ToldReportersAboutAPerson",
			text:    "Tom Bell told reporters Lena Harwick had made a serious mistake.",
			speaker: "Tom Bell", target: "Lena Harwick", want: true},
		{name: "TestimonyToABodyIsNoTarget",
			text:    "The practices were a serious mistake, Tom Bell said in testimony to the Harlow Council.",
			speaker: "Tom Bell", target: "Harlow Council", want: false},
		{name: "InResponseToIsATarget",
			text:    "Halvor Corp said in response to Pennock Inc that the bid was a serious mistake.",
			speaker: "Halvor Corp", target: "Pennock Inc", want: true},
		{name: "ReporterIsNoTargetOfTheReported",
			text:    "The United States will oppose all efforts to impair its trade, Ambassador Tom Pike said.",
			speaker: "United States", target: "Tom Pike", want: false},
		{name: "EmployerAfterOf",
			text:    "Baker International Corp made an offer. \"It sounds like Baker wants it,\" said analyst Tom Hale of Kidder, Peabody and Co.",
			speaker: "Tom Hale", target: "Peabody and Co.", want: false},
		// A noun phrase in apposition after the speaker describes him, with
		// the bodies it names: "a … Republican", "the … attorney", "a
		// former unit of X"; a list after a comma is no apposition.
		{name: "PartyInTheApposition",
			text:    "\"I am confident we will see action taken,\" Senator Tom Pike, an Arizona Republican, told reporters.",
			speaker: "Tom Pike", target: "Republican Party", want: false},
		{name: "ParentInTheApposition",
			text:    "Halvor Oil, a former unit of Harlow Gas Corp, said the sale was illegal.",
			speaker: "Halvor Oil", target: "Harlow Gas Corp", want: false},
		{name: "ListIsNoApposition",
			text:    "The United States was supported by Britain, the Netherlands, Japan and Australia on the issue, officials said.",
			speaker: "United Kingdom", target: "Japan", want: true},
		{name: "EmployerAfterCommaOf",
			text:    "\"Money seems to be chasing bad yields,\" Tom Hale, of Halvor Securities, said of the rate.",
			speaker: "Tom Hale", target: "Halvor Securities", want: false},
		// The body the speaker is titled through, named again in the
		// words: the speaker speaks for it, no target; a party stays one.
		{name: "OwnBodyNamedAgain",
			text:    "Acme spokesman Tom Pike said Acme was working with all sides.",
			speaker: "Tom Pike", target: "Acme", want: false},
		// The field of a title before a person ("Ambassador to the
		// European Union") describes that person: no target; an envoy
		// speaks for the state that sends him, not for the body he is
		// sent to, which his words may take as a target.
		{name: "TitleFieldBeforeTarget",
			text:    "Tom Hale testified on Tuesday. He denied that he and U.S. Ambassador to the European Union Gordon Sondland had met. Sondland said so.",
			speaker: "Tom Hale", target: "European Union", want: false},
		{name: "TitleStateBeforeTarget",
			text:    "Tom Hale testified on Tuesday. He denied that he and U.S. Ambassador to the European Union Gordon Sondland had met. Sondland said so.",
			speaker: "Tom Hale", target: "United States", want: false},
		{name: "EnvoysFieldNamedAgain",
			text:    "The United Nations must act, U.S. Ambassador to the United Nations Tom Pike said, and the United Nations has failed the refugees.",
			speaker: "Tom Pike", target: "United Nations", want: true},
		// A state's possessive before a title describes the person, as
		// its demonym does: no target.
		{name: "PossessiveTitleBeforeTarget",
			text:    "Tom Hale criticised Russia's Foreign Minister Sergei Lavrov on Monday.",
			speaker: "Tom Hale", target: "Russia", want: false},
		{name: "PossessiveTitledSpeaker",
			text:    "Halvor Bank's chief Tom Pike said Halvor Bank had had a strong year.",
			speaker: "Tom Pike", target: "Halvor Bank", want: false},
		// "they" after a coordinated subject is the speakers themselves.
		{name: "TheyIsTheSpeakers",
			text:    "Halvor Bank and Norsk Telecom said they were raising prices.",
			speaker: "Norsk Telecom", target: "Halvor Bank", want: false},
		{name: "TheyAfterAppositives",
			text:    "Halvor Bank, the lender, and Norsk Telecom said they were raising prices.",
			speaker: "Halvor Bank", target: "Norsk Telecom", want: false},
		// "…, <title> X said" at the end of the sentence: the words
		// before the title are the statement's, whatever the title
		// holds; what the title names describes the speaker.
		{name: "WordsBeforeACapitalisedTitle",
			text:    "A new GATT round is needed to halt farm disputes, U.S. Agriculture Secretary Rex Dalton said.",
			speaker: "Rex Dalton", target: "General Agreement on Tariffs and Trade", want: true},
		{name: "WordsBeforeALowerCaseTitle",
			text:    "A new GATT round is needed to halt farm disputes, Canada's farm minister Rex Dalton said.",
			speaker: "Rex Dalton", target: "General Agreement on Tariffs and Trade", want: true},
		{name: "BodyInTheTitleAfterTheWords",
			text:    "The report was a rebuke for Tom Hale, Halvor Bank economics correspondent Anna Pike said.",
			speaker: "Anna Pike", target: "Halvor Bank", want: false},
		{name: "PassiveAgentIsNoTitle",
			text:    "In London, Chile was supported by Peru and Bolivia on Monday.",
			speaker: "Peru", target: "Chile", want: true},
		{name: "EmployerInTheApposition",
			text:    "Orbis Corp will lose the contract, Tom Hale, a supply manager with Halvor Bank, said.",
			speaker: "Tom Hale", target: "Halvor Bank", want: false},
		{name: "BodyAfterTheCommaAfterTheName",
			text:    "Owners met on Monday. Colin Pike, Halvor Hotel Association said the season had been poor.",
			speaker: "Colin Pike", target: "Halvor Hotel Association", want: false},
		{name: "OwnPartyNamedAgain",
			text:    "Conservative MP Anna Pike said the Conservative Party had lost its way on Europe.",
			speaker: "Anna Pike", target: "Conservative Party", want: true},
		{name: "CompanyInQuote",
			text:    "Gazprom cut its gas deliveries on Monday. \u201cWe will win back trust in the company and its pipelines,\u201d said chief executive Viktor Petrenko.",
			speaker: "Viktor Petrenko", target: "Gazprom", want: true},
		{name: "CompanyAfterCue",
			text:    "Tesla recalled thousands of cars. Senator Maria Whitford said the company had misled its customers for years.",
			speaker: "Maria Whitford", target: "Tesla", want: true},
		{name: "BusinessNounIsNoLegislature",
			text:    "The U.S. Congress passed the budget. Senator Maria Whitford said the airline had misled its customers for years.",
			speaker: "Maria Whitford", target: "U.S. Congress", want: false},
		{name: "TitleOfNamedPerson",
			text:    "President Emmanuel Macron visited Berlin. Marine Le Pen said the president had betrayed the farmers.",
			speaker: "Marine Le Pen", target: "Emmanuel Macron", want: true},
		{name: "PossessiveTitle",
			text:    "Prince Harry wore a costume to a party. Michael Howard said many people were offended by the prince's behaviour.",
			speaker: "Michael Howard", target: "Prince Harry", want: true},
		{name: "TitleOfSomethingElse",
			text:    "President Emmanuel Macron visited Berlin. Marine Le Pen said the president of the farmers' union had been betrayed.",
			speaker: "Marine Le Pen", target: "Emmanuel Macron", want: false},
		{name: "PossessiveOfEarlierSubject",
			text:    "Tony Blair stressed his pledge on schools. The Conservatives and the Liberal Democrats both say his pledges are worthless.",
			speaker: "Liberal Democrats", target: "Tony Blair", want: true},
		{name: "PossessiveOfNamedPerson",
			text:    "Karen Dwyer said President Donald Trump and his team had failed the farmers.",
			speaker: "Karen Dwyer", target: "Donald Trump", want: true},
		{name: "PossessiveOfSpeaker",
			text:    "Gordon Brown visited Leeds. Tim Henman admitted it was hard to face his old rival on grass.",
			speaker: "Tim Henman", target: "Gordon Brown", want: false},
		{name: "PossessiveOfAnalystForHisFirm",
			text:    "Michael Baxter met investors. Analyst Daniel Lee of Drexel Burnham Lambert Inc reiterated his recommendation of the stock.",
			speaker: "Daniel Lee", target: "Michael Baxter", want: false},
		{name: "QuotationAfterAnAside",
			text:    "Tesla cut its spending again. Its chairman Karl Brenner told shareholders that despite the cuts \"the company has a strong order book for next year.\"",
			speaker: "Karl Brenner", target: "Tesla", want: true},
		{name: "UnionIsNoCompany",
			text:    "Halvor Mills Inc cut 300 jobs. Senator Maria Whitford said the union had been misled for years.",
			speaker: "Maria Whitford", target: "Halvor Mills", want: false},
		{name: "UnionNamedBeforeTheCompany",
			text:    "The United Automobile Workers met Halvor Mills Inc on Monday. Halvor Mills said it would take the union to arbitration.",
			speaker: "Halvor Mills", target: "United Automobile Workers", want: true},
		{name: "CommissionByItsName",
			text:    "The Securities and Exchange Commission opened an inquiry into Halvor Mills Inc. Halvor Mills said the commission had been misled by a rival.",
			speaker: "Halvor Mills", target: "Securities and Exchange Commission", want: true},
		{name: "SpecialCommitteeIsNoCompanyNamedBefore",
			text:    "Brackley Corp offered 30 dlrs a share for Halvor Mills Inc. Halvor Mills said the special committee would reject the offer.",
			speaker: "Halvor Mills", target: "Brackley", want: false},
		// "The government" of a party, a legislature or a watchdog is its
		// state's government, another actor; a ministry's is its own.
		{name: "PartyOfTheGovernmentsState",
			text:    "Britain raised taxes on Monday. The Conservatives said the government had failed pensioners.",
			speaker: "Conservative Party", target: "United Kingdom", want: true},
		{name: "MinistryOfTheGovernmentsState",
			text:    "Britain raised taxes on Monday. The Home Office said the government would not change the law.",
			speaker: "Home Office", target: "United Kingdom", want: false},
		{name: "PartyInAStoryOfAnotherState",
			text:    "The United States pressed Japan on trade. The ruling Liberal Democratic Party urged the government to cut taxes.",
			speaker: "Liberal Democratic Party", target: "Japan", want: true},
		{name: "PartyNotTheOtherStatesGovernment",
			text:    "The United States pressed Japan on trade. The ruling Liberal Democratic Party urged the government to cut taxes.",
			speaker: "Liberal Democratic Party", target: "United States", want: false},
		{name: "PartyLeaderIsAPerson",
			text:    "Tesla recalled thousands of cars. Senator Maria Whitford said the company chairman had misled its customers.",
			speaker: "Maria Whitford", target: "Tesla", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			found, spoke := false, false
			var all []string
			for _, s := range x.Statements {
				all = append(all, fmt.Sprintf("%s%v", s.Speaker, s.Targets))
				if strings.Contains(s.Speaker, tt.speaker) || strings.Contains(tt.speaker, s.Speaker) {
					spoke = true
					// The targets chosen before the learned target filter
					// (Reading.Targets): this test is about resolving the
					// description, not about whether the filter keeps it.
					for _, tg := range s.Reading.Targets {
						if strings.Contains(tg.Name, tt.target) {
							found = true
						}
					}
				}
			}
			if !spoke {
				t.Fatalf("Extract(%q): no statement by %s in %v", tt.text, tt.speaker, all)
			}
			if found != tt.want {
				t.Errorf("Extract(%q) statements %v: target %s = %v, want %v", tt.text, all, tt.target, found, tt.want)
			}
		})
	}
}

// TestBeliefVerbs checks that a belief a named actor holds in the active
// voice is its position ("believed", "thought", as "believes" and
// "thinks" were), and that the passive that reports what unnamed others
// think is no one's: "is thought to", "is also believed", "believed to
// be", "thought likely".
func TestBeliefVerbs(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "Believed", text: "Gordon Brown believed the plan would fail.", want: []string{"Gordon Brown"}},
		{name: "Thought", text: "Gordon Brown thought the tax cuts were a mistake.", want: []string{"Gordon Brown"}},
		{name: "PassiveThoughtTo", text: "Gordon Brown is thought to have about £2bn to spare.", want: nil},
		{name: "PassiveAfterAdverb", text: "Gordon Brown is also believed to favour the plan.", want: nil},
		{name: "ReducedPassive", text: "Gordon Brown, believed to be the favourite, left early.", want: nil},
		{name: "ThoughtLikely", text: "The Conservative Party is thought likely to propose a cut.", want: nil},
	})
}

// TestOfficialsOfAKind checks speakers that are unnamed officials described
// through a kind of organisation (sentences written for this test): they
// speak for the organisation of that kind the article names, never for
// the state the article is about, and for no one when it names none.
func TestOfficialsOfAKind(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "MediatorsOfAState",
			text: "Egyptian mediators said they would keep working with Qatar to narrow the gaps.",
			want: []string{"Egypt"}},
		{name: "CompanySpokesmanAfterClause",
			text: "Northwind Pumps Ltd will shut its factory in Brazil for a month, a company spokesman said.",
			want: []string{"Northwind Pumps Ltd"}},
		{name: "FirstCompanyOfTheSentence",
			text: "Northwind Pumps Ltd may file its plan with Harbour Freight Corp next week, a company spokesman said.",
			want: []string{"Northwind Pumps Ltd"}},
		{name: "CompanyNamedBefore",
			text: "Brazil raised its tariffs. Northwind Pumps Ltd reported a loss in Brazil. The plant will reopen in May, company officials said.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "SpokesmanForTheCompany",
			text: "Brazil raised its tariffs. Northwind Pumps Ltd reported a loss in Brazil. The plant will reopen in May, a spokesman for the company said.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "BankOfficials",
			text: "Japan's economy grew slowly. Sakura Trust Bank will double its capital by June, bank officials said.",
			want: []string{"Sakura Trust Bank"}},
		{name: "UnionNamedAfterItsMembers",
			text: "Three United Boilermakers Workers of Ruritania locals at Northwind Pumps Ltd voted to strike, a union representative said.",
			want: []string{"United Boilermakers Workers of Ruritania"}},
		{name: "UnionSpokesmanNoUnionNamed",
			text: "Northwind Pumps Ltd will close its plant in May, a union spokesman said.",
			want: nil},
		{name: "UnionIsNoCompany",
			text: "The Amalgamated Dockers Union called a strike at Northwind Pumps Ltd in Brazil, a company spokesman said.",
			want: []string{"Northwind Pumps Ltd"}},
		// A department without a name but its field speaks for the
		// state the story is about, as a ministry without a name does;
		// a department of that field the story named speaks for itself.
		{name: "TheFieldsDepartment",
			text: "New Zealand's unemployment rate fell to 6.0 pct in February, the labour department said.",
			want: []string{"New Zealand"}},
		{name: "TheFieldsDepartmentNamedBefore",
			text: "The Marlow Finance Department sold bonds on Monday. The finance department said demand was strong.",
			want: []string{"Marlow Finance Department"}},
		{name: "NoCompanyNamed",
			text: "Brazil raised its tariffs on steel. The factory will close in May, a company spokesman said.",
			want: nil},
		{name: "TheCompanySaidStaysADescription",
			text: "Northwind Pumps Ltd reported a loss in Brazil. The company said sales would recover.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		// Businesses named by their trade or their form.
		{name: "TheUtility",
			text: "Ridge Valley Power Co asked regulators for a rate increase. The utility said demand rose 4 pct in May.",
			want: []string{"Ridge Valley Power Co"}},
		{name: "TheNumberThreeAutomaker",
			text: "Harlan Motors Corp sold 12,000 cars in May. The number three automaker said truck sales fell.",
			want: []string{"Harlan Motors Corp"}},
		{name: "TheUtilityIsNoDevelopmentBank",
			text: "The World Bank will lend 50 mln dlrs to Ridge Valley Power Co for its new dam, the utility said.",
			want: []string{"Ridge Valley Power Co"}},
		{name: "ThePartnershipIsNamedSo",
			text: "Harbour Trust Bank agreed to lend 250 mln dlrs to Kestrel Energy Partners. The partnership said it would close the purchase in May.",
			want: []string{"Kestrel Energy Partners"}},
		{name: "ThePartnershipIsNoBank",
			text: "Harbour Trust Bank agreed to lend 250 mln dlrs for the bid. The partnership said it would close the purchase in May.",
			want: nil},
		{name: "TheBourseIsAnExchange",
			text: "The Zurich Stock Exchange suspended trading in Vestra AG shares on Monday. The bourse said trading would resume on Friday.",
			want: []string{"Zurich Stock Exchange"}},
		{name: "TheBourseIsNoCompany",
			text: "Vestra AG said it would halve its capital. The bourse said trading in its shares would resume on Friday.",
			want: []string{"Vestra AG"}},
		{name: "TheTrustNamedSo",
			text: "Harlan Royalty Trust said its reserves fell. Based on the estimate, the trust said there may be no money for distributions.",
			want: []string{"Harlan Royalty Trust", "Harlan Royalty Trust"}},
		{name: "TheFundNamedSo",
			text: "The International Monetary Fund lent Uganda 92 mln dlrs on Monday. The fund said the loan would be paid in three parts.",
			want: []string{"International Monetary Fund"}},
		{name: "TheFundIsNoCompany",
			text: "Harlan Motors Corp sold its engine plant. The fund said the price was fair.",
			want: nil},
		// A communique or announcement is its issuer's when the story
		// names the issuer or heard it speak; "a military communique"
		// alone is no one's ("a military communique" is the military's).
		{name: "TheCommuniqueOfTheGroup",
			text: "The Harlan Growers Association said in a communique that prices were too low. The communique said members would cut output by a third.",
			want: []string{"Harlan Growers Association", "Harlan Growers Association"}},
		{name: "AHighCommandCommunique",
			text: "Iraq and Iran fought near Basra. Iran shelled the port on Monday. A high command communique said the attack had been repelled.",
			want: nil},
		{name: "AForecastIsANoun",
			text: "Analysts were surprised at the government's statement of a forecast budget surplus for Norway.",
			want: nil},
		{name: "StatementPublishedBy",
			text: "Norway sent troops to the border. Energy cooperation will expand, according to the statement, which was published by the Kremlin.",
			want: []string{"Russia"}},
		{name: "NavalRankBeforeTheName",
			text: "Cmdr. Tom Halvey, a spokesperson for the coalition, the military operation against the group, told reporters that the camp was safe.",
			want: []string{"Tom Halvey"}},
		{name: "APersonsOfficeAfterTheState",
			text: "Iran wants talks. Israel's Prime Minister Tom Halvey's office said in a statement that any deal must end enrichment.",
			want: []string{"Iran", "Tom Halvey"}},
		{name: "InTheCapitalTheMinistry",
			text: "Iran wants talks with Russia. In Moscow, the foreign ministry said it supported the talks.",
			want: []string{"Iran", "Russia"}},
		{name: "InTheCapitalAnOfficial",
			text: "Iran wants talks with Iraq. In Baghdad, a military spokesman said warplanes had hit a pumping station.",
			want: []string{"Iran", "Iraq"}},
		{name: "TheFounderIsTheCoFounder",
			text: "Harlan Press co-founder Tom Halvey has left the country. The Harlan Press founder always argued that the charges were political.",
			want: []string{"Tom Halvey"}},
		{name: "ANewlyRevealedCall",
			text: "Ambassador Tom Halvey faces questions about dealings with Ukraine and a newly revealed phone call with the president.",
			want: nil},
		// "the prime minister" of a story that names two people the
		// gazetteer lists as heads of government is the one the text
		// does not set apart from the title.
		{name: "TitleSetApartFromAName",
			text: "Tony Blair and Gordon Brown campaigned in Leeds. Michael Howard accused the prime minister and Mr Brown of squabbling. \u201cWe will win,\u201d the prime minister told reporters.",
			want: []string{"Michael Howard", "Tony Blair"}},
		{name: "TitleAsTheObjectsSubject",
			text: "Tony Blair and Gordon Brown campaigned in Leeds. Frank Field said the prime minister should sack Mr Brown. \u201cWe will win,\u201d the prime minister told reporters.",
			want: []string{"Frank Field", "Tony Blair"}},
		{name: "TitleOfTwoHolders",
			text: "Tony Blair and Gordon Brown campaigned in Leeds. \u201cWe will win,\u201d the prime minister told reporters.",
			want: nil},
		// "according to the company": a description of a body after
		// "according to", as before a verb of saying; not the counsel
		// the possessive names.
		{name: "AccordingToTheCompany",
			text: "Harlan Mills Inc sold its yarn unit on Monday. The sale closed in May, according to the company.",
			want: []string{"Harlan Mills Inc"}},
		{name: "AccordingToTheCompanysCounsel",
			text: "Harlan Mills Inc sold its yarn unit on Monday. The sale closed in May, according to the company's counsel, Ann Wexley.",
			want: nil},
		// "the exchange" is an exchange, not the company whose shares
		// it suspended.
		{name: "TheExchangeIsNoCompany",
			text: "Trading in Harlan Mills Inc shares was halted. The exchange said trading would resume on Friday.",
			want: nil},
		{name: "TheExchangeNamedSo",
			text: "The Harlan Stock Exchange halted trading in Dunmore Mills Inc shares. The exchange said trading would resume on Friday.",
			want: []string{"Harlan Stock Exchange"}},
		// "the bank" after a central bank no name made an actor: its
		// state, as "the central bank" is.
		{name: "TheBankAfterTheCentralBank",
			text: "Norway had a current account surplus in 1986, according to figures from the central bank. The trade balance showed a surplus, the bank said.",
			want: []string{"Norway"}},
		// "the department said" after a body the text named with the
		// noun, whatever name the gazetteer gives it.
		{name: "TheDepartmentWrittenSo",
			text: "Harlan Aircraft Corp was awarded a 304 mln dlr contract, the Defense Department said. It said the work would take two years. The department said part of the funds would expire.",
			want: []string{"Pentagon", "Pentagon", "Pentagon"}},
		// "the report said" however far after the body said it spoke
		// in its report.
		{name: "TheReportItIssued",
			text: "Efforts to cut wheat surpluses have failed, the Harlan Grain Council says in its latest monthly report. Prices fell. Stocks rose. Exports slowed. Imports fell. Demand rose. Output fell. The report said some governments are cutting spending.",
			want: []string{"Harlan Grain Council", "Harlan Grain Council"}},
		{name: "ABankSpokesmanOfTheCentralBank",
			text: "Taiwan's exports rose in May. The central bank issued 12 billion dlrs worth of savings bonds, a bank spokesman said.",
			want: []string{"Taiwan"}},
		{name: "ThePlaceBasedDescription",
			text: "Growth would reach 4.4 pct, the OECD said. However, the Paris-based economics think tank said it believed the economy could regain momentum.",
			want: []string{"OECD", "OECD"}},
		// A generation after a person's full name is part of it.
		{name: "GenerationAfterAName",
			text: "Harlan Trust chairman Alfred Wexley III said income rose in the first quarter.",
			want: []string{"Alfred Wexley"}},
		{name: "GenerationAfterANameAndComma",
			text: "Harlan Trust expects a record year, Alfred Wexley Jr., its chairman, said.",
			want: []string{"Alfred Wexley"}},
		// The wire's angle brackets around a name are part of it.
		{name: "WireBracketsInACoordination",
			text: "Halvor Mills Inc and <Dunmore Yarns Inc> said they had agreed to merge.",
			want: []string{"Halvor Mills Inc", "Dunmore Yarns Inc"}},
		{name: "PersonOfABracketedCompany",
			text: "Jim Halvor of <Dunmore Yarns Inc> said the price was too low.",
			want: []string{"Jim Halvor"}},
		// "both companies" after a sentence that names only two.
		{name: "BothCompaniesOfTheSentence",
			text: "Harlow Corp agreed to acquire Dunmore Mills Inc in a stock transaction, both companies said.",
			want: []string{"Harlow Corp", "Dunmore Mills Inc"}},
		{name: "TheFirmsOfTheStory",
			text: "Shares of Harlan Mills Inc and Dunmore Yarns Inc jumped on talk of a merger. The firms denied that they were about to merge.",
			want: []string{"Harlan Mills Inc", "Dunmore Yarns Inc"}},
		{name: "TheBanksAreNoTwoNamed",
			text: "Harlan Trust Bank will lead the loan to Peru with Dunmore Savings Bank. The banks rejected the proposal on Monday.",
			want: nil},
		{name: "TheNationsOfAList",
			text: "Canada hosted Japan in Paris. The pact between Canada, Japan, Norway and Chile under which the nations agreed to cut tariffs was signed.",
			want: nil},
		{name: "TwoNationsInTheReport",
			text: "Japan is doing all it can to solve its trade problems with Canada but the two nations will remain at odds, a senior official said.",
			want: []string{"Japan"}},
		{name: "UnionsAtTheCompany",
			text: "Harlan Motors Corp will close its engine plant in Turin, unions at the Italian company have said.",
			want: nil},
		{name: "TheCompanyThatSpoke",
			text: "Northwind Pumps Ltd said it had bought a plant in Ohio from Harbour Freight Corp. The company said the plant would reopen in May.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "TheCompanyIsNoRegulator",
			text: "Northwind Pumps Ltd filed a plan with the Federal Maritime Commission. The company said it would sell shares.",
			want: []string{"Northwind Pumps Ltd"}},
		{name: "TheUnionIsNoCompany",
			text: "The Amalgamated Dockers Union called a strike at Northwind Pumps Ltd. The union said the strike would last a week.",
			want: []string{"Amalgamated Dockers Union"}},
		{name: "TheCourtIsNoCompany",
			text: "Northwind Pumps Ltd appealed to the Ohio Supreme Court. The court ruled that the plan was unlawful.",
			want: []string{"Ohio Supreme Court"}},
		{name: "AppositiveDescription",
			text: "Northwind Pumps Ltd said sales rose. Harbour Freight Corp, the shipping company, said rates would fall.",
			want: []string{"Northwind Pumps Ltd", "Harbour Freight Corp"}},
		{name: "TheyAfterCoordination",
			text: "Britain and France said they would send troops. They said the force would leave in May.",
			want: []string{"United Kingdom", "France", "United Kingdom", "France"}},
		{name: "TheCompaniesAfterCoordination",
			text: "Northwind Pumps Ltd and Harbour Freight Corp said they would merge. The two companies said the deal would close in May.",
			want: []string{"Northwind Pumps Ltd", "Harbour Freight Corp", "Northwind Pumps Ltd", "Harbour Freight Corp"}},
		{name: "TheyAfterAnotherSpeakerIsNoCoordination",
			text: "Britain and France said they would send troops. Germany said it would not. They said the force would leave in May.",
			want: []string{"United Kingdom", "France", "Germany", "Germany"}},
		{name: "TheCompaniesAfterSubjectCoordination",
			text: "Northwind Pumps Ltd and Harbour Freight Corp cut their prices in May. Both companies said demand would recover in June.",
			want: []string{"Northwind Pumps Ltd", "Harbour Freight Corp"}},
		{name: "TheyAfterSubjectCoordination",
			text: "Northwind Pumps Ltd and Harbour Freight Corp are in talks on a merger. They said the deal would close in June.",
			want: []string{"Northwind Pumps Ltd", "Harbour Freight Corp"}},
		{name: "NamesDescribingTheSubjectAreNoCoordination",
			text: "London and Paris traders expected the price to rise. They said demand would grow.",
			want: nil},
		{name: "TheCompaniesAreNoStates",
			text: "Britain and France signed a trade deal. The companies said it would help exports.",
			want: nil},
		{name: "MembersOfTheCommitteeThatSpoke",
			text: "The Home Affairs Committee said the rules were unfair. Courts should act faster, MPs said.",
			want: []string{"Home Affairs Committee", "Home Affairs Committee"}},
		{name: "MembersOfNoBodyThatSpoke",
			text: "Northwind Pumps Ltd said sales rose. Courts should act faster, MPs said.",
			want: []string{"Northwind Pumps Ltd"}},
		{name: "DescriptionBeforeRelativeClause",
			text: "Northwind Pumps Ltd said sales rose. The company, which makes pumps in Ohio, said it would hire 200 people.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "HyphenatedModifier",
			text: "Northwind Pumps Ltd said sales rose. The Ohio-based company said it would hire 200 people.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "UnknownBodyOfAState",
			text: "Wheat exports rose in May, the U.S. Agriculture Department said. The department said rice exports fell.",
			want: []string{"United States", "United States"}},
		{name: "TheMinistryNamedBefore",
			text: "Exports grew in March, the Trade Ministry said. The ministry said imports fell.",
			want: []string{"Trade Ministry", "Trade Ministry"}},
		{name: "HeAfterCompanySpokesman",
			text: "Northwind Pumps Ltd will shut its plant in Ohio, a company spokesman said. He said the plant would reopen in May.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "HeAfterSpokesmanNotThePersonBefore",
			text: "Tomas Brenner said the plant would close. A Harbour Freight Corp spokesman later said the deal was off. \u201cWe have no plans to buy,\u201d he said.",
			want: []string{"Tomas Brenner", "Harbour Freight Corp", "Harbour Freight Corp"}},
		{name: "SheAfterSpokesmanIsTheWomanBefore",
			text: "Hanna Voss said the plant would close. A Harbour Freight Corp spokesman later said the deal was off. Then she said the plant would reopen in May.",
			want: []string{"Hanna Voss", "Harbour Freight Corp", "Hanna Voss"}},
		{name: "HeAfterNamedSubjectBesideSpokesman",
			text: "A Harbour Freight Corp spokesman said the deal was off, and Tomas Brenner said the plant would close. He said it would reopen in May.",
			want: []string{"Harbour Freight Corp", "Tomas Brenner", "Tomas Brenner"}},
		{name: "SpokesmanOfAPerson",
			text: "Northwind Pumps Ltd said sales rose. Tomas Brenner announced the talks. A spokesman for Brenner said the talks would start on Monday. The spokesman said they would last two days. He added that the talks would be hard.",
			want: []string{"Northwind Pumps Ltd", "Tomas Brenner", "Tomas Brenner", "Tomas Brenner", "Tomas Brenner"}},
		{name: "ItAfterSentencesAboutTheBody",
			text: "Northwind Pumps Ltd said sales rose in May. A year ago, it had a loss of 5 mln dlrs. It said new pumps sold well.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "ItAfterAnotherBodyIsNoOne",
			text: "Northwind Pumps Ltd said sales rose in May. Harbour Freight Corp had a loss of 5 mln dlrs. It said new pumps sold well.",
			want: []string{"Northwind Pumps Ltd"}},
		{name: "AddedBeforeAClause",
			text: "Hanna Voss said sales rose. She added it was possible to sell more.",
			want: []string{"Hanna Voss", "Hanna Voss"}},
		{name: "AddedAfterAQuotation",
			text: "\u201cSales will recover,\u201d added Hanna Voss, an analyst at Marlow Savings Bank.",
			want: []string{"Hanna Voss"}},
		// "claimed", "contested" and "brushed aside" in their other
		// senses: a prize won, a race run, an opponent beaten.
		{name: "ClaimedATitle",
			text: "Hanna Voss claimed her seventh Grand Slam title on Saturday.",
			want: nil},
		// "adding" as a verb of saying only before a clause or a
		// quotation; "had hoped": a wish that came to nothing.
		{name: "AddingToAList",
			text: "Hanna Voss won the award, adding to a growing list of prizes.",
			want: nil},
		{name: "AddingAClause",
			text: "Hanna Voss spoke in Leeds, adding the plan had been overdue for years.",
			want: []string{"Hanna Voss"}},
		{name: "IsAddingIsNoSaying",
			text: "The Federal Reserve is adding reserves that are needed.",
			want: nil},
		{name: "HadHoped",
			text: "Hanna Voss had hoped to play in the final.",
			want: nil},
		{name: "Hoped",
			text: "Hanna Voss hoped the talks would succeed.",
			want: []string{"Hanna Voss"}},
		// "wrote off", "wrote down": an entry in the accounts.
		{name: "WroteOff",
			text: "Harlow Corp wrote off 57 mln dlrs on the sale of its mills.",
			want: nil},
		{name: "WroteDown",
			text: "Harlow Corp wrote down the carrying value of its oil properties by 120 mln dlrs.",
			want: nil},
		{name: "WroteALetter",
			text: "Hanna Voss wrote that the plan had been overdue for years.",
			want: []string{"Hanna Voss"}},
		// "feels" and "reckons", verbs of a view held, before a clause;
		// not a feeling, a guess at another's mind, or a people's view.
		{name: "FeelsThat",
			text: "Hanna Voss feels that the market has risen on solid growth.",
			want: []string{"Hanna Voss"}},
		{name: "FeelsAClause",
			text: "Hanna Voss feels she can play on for another season.",
			want: []string{"Hanna Voss"}},
		{name: "Reckons",
			text: "Harlow Corp reckons its offer will face less scrutiny than Dunmore's.",
			want: []string{"Harlow Corp"}},
		{name: "FeelsAFeeling",
			text: "Hanna Voss still feels the frustration of missing the final.",
			want: nil},
		{name: "MightFeel",
			text: "Analysts said Harlow Corp might feel the need to sell its unit.",
			want: nil},
		{name: "FeelCompelled",
			text: "The Federal Reserve may feel compelled to tighten credit.",
			want: nil},
		{name: "LookAndFeel",
			text: "Northwind Games are arcade-like in look and feel and are easier to play.",
			want: nil},
		{name: "Felt",
			text: "Hanna Voss felt that the market would recover.",
			want: []string{"Hanna Voss"}},
		{name: "SaidSheFelt",
			text: "Hanna Voss spoke in Leeds. A colleague said she felt the plan was sound.",
			want: nil},
		{name: "AskedWhetherSheFelt",
			text: "Hanna Voss spoke in Leeds. Reporters asked whether she felt the plan would work.",
			want: nil},
		{name: "APeopleFeels",
			text: "Most Americans feel that hostile takeovers do more harm than good.",
			want: nil},
		// A pronoun after "and" opens a clause: the names before it
		// are no part of its subject.
		{name: "PronounAfterAndOpensAClause",
			text: "Hanna Voss met officials from Britain and France and she said the talks went well.",
			want: []string{"Hanna Voss"}},
		// The outlet that polled or contacted people is no speaker:
		// the people are, or their body.
		{name: "EconomistsPolledByAnOutlet",
			text: "Economists polled by Reuters said the money supply would rise.",
			want: nil},
		{name: "SpokesmanContactedByAnOutlet",
			text: "A Harlow Corp spokesman contacted by Reuters said the report was a rumour.",
			want: []string{"Harlow Corp"}},
		// An envoy speaks for the state that sent him, not the one he
		// is sent to; a name after the title is his.
		{name: "HighCommissionerToAState",
			text: "Pakistan's High Commissioner to Britain said some Pakistanis should integrate more.",
			want: []string{"Pakistan"}},
		{name: "AmbassadorToAState",
			text: "The Soviet ambassador to the United States said the talks were useful.",
			want: []string{"Soviet Union"}},
		{name: "EnvoyToAnOrganisation",
			text: "Iran's envoy to the United Nations warned of retaliation.",
			want: []string{"Iran"}},
		{name: "AmbassadorNamedAfterTheTitle",
			text: "Portuguese Ambassador to China Octavio Valerio said there would be no formal talks.",
			want: []string{"Octavio Valerio"}},
		// The spokesman of someone the story names only by a noun is
		// not the story's state's; the government's or the country's
		// is.
		{name: "TheRappersSpokesman",
			text: "The US rapper faces charges in New York. The rapper's spokesman said the allegations were untrue.",
			want: nil},
		{name: "TheGovernmentsSpokesman",
			text: "Talks with the US began in May. The government's spokesman said the plan was fair.",
			want: []string{"United States"}},
		{name: "TheIslandsGovernment",
			text: "Disney will film in Dominica. The Caribbean island's government said the plan was welcome.",
			want: []string{"Dominica"}},
		// A wish inside the words of people the story does not name:
		// their "they said" after it is theirs, not the wisher's.
		{name: "TheyAfterAWishOthersReported",
			text: "Ghana apparently wanted a higher price for its cocoa, producer delegates said. Some consumers wanted lower prices, they said.",
			want: []string{"Ghana"}},
		// A plural description stands for the coordination of a few
		// sentences before, or for the two organisations of the kind the
		// story has named twice or more.
		{name: "TheFirmsAfterAnotherSentence",
			text: "Harlow Corp and Dunmore Mills Inc unveiled the chip on Monday. It is designed for workstations. The chip will run at 4 GHz, the firms said.",
			want: []string{"Harlow Corp", "Dunmore Mills Inc"}},
		{name: "TheCompaniesOfADeal",
			text: "Harlow Corp agreed to acquire Dunmore Mills Inc for 40 mln dlrs. Harlow Corp will pay in stock. Dunmore Mills Inc shares rose. The companies said the merger would close in June.",
			want: []string{"Harlow Corp", "Dunmore Mills Inc"}},
		{name: "BothCountriesAfterTheirCoordination",
			text: "Iran and India reached a preliminary deal on the oilfields, both countries said in a statement.",
			want: []string{"Iran", "India"}},
		{name: "TheCompaniesOfThree",
			text: "Harlow Corp offered cash for the unit. Dunmore Mills Inc offered stock. Northwind Pumps Ltd offered both. Harlow Corp raised its bid. Dunmore Mills Inc did not. Northwind Pumps Ltd withdrew. The companies said the sale would close in June.",
			want: nil},
		// "agreed to buy": a deal struck, no position stated.
		{name: "AgreedToBuy",
			text: "Harlow Corp agreed to buy Dunmore Mills Inc for 40 mln dlrs.",
			want: nil},
		{name: "AgreedInPrincipleToSell",
			text: "Harlow Corp has agreed in principle to sell its pump unit to Dunmore Mills Inc.",
			want: nil},
		{name: "AgreedThatIsAPosition",
			text: "Hanna Voss agreed that the plan was sound.",
			want: []string{"Hanna Voss"}},
		{name: "ClaimedAnAward",
			text: "Hanna Voss claimed the coaching award at the dinner.",
			want: nil},
		{name: "ClaimedThatIsAClaim",
			text: "Hanna Voss claimed the ruling was unfair.",
			want: []string{"Hanna Voss"}},
		{name: "ContestedAnElection",
			text: "Hanna Voss contested the general election in a Midlands seat.",
			want: nil},
		{name: "ContestedARuling",
			text: "Hanna Voss contested the ruling in court.",
			want: []string{"Hanna Voss"}},
		{name: "BrushedAsideAnOpponent",
			text: "Northwind Rovers brushed aside Harbour United to reach the final.",
			want: nil},
		{name: "BrushedAsideCriticism",
			text: "Hanna Voss brushed aside criticism of the plan.",
			want: []string{"Hanna Voss"}},
		{name: "AddedCustomersIsNoSpeech",
			text: "Northwind Pumps Ltd added five million customers in May.",
			want: nil},
		// "added" before a clause without "that" whose subject is a noun
		// phrase; not before what was added, even with a verb further on.
		{name: "AddedBeforeANounClause",
			text: "Hanna Voss said sales rose. Voss added no new plant was planned this year.",
			want: []string{"Hanna Voss", "Hanna Voss"}},
		{name: "AddedBeforeAModalClause",
			text: "Hanna Voss said sales rose. She added the new distribution system might end in May.",
			want: []string{"Hanna Voss", "Hanna Voss"}},
		{name: "AddedJobsBeforeARelative",
			text: "Northwind Pumps Ltd added 300 workers at plants that were closed last year.",
			want: nil},
		{name: "AddedToBeforeAClause",
			text: "Northwind Pumps Ltd added to its stake in Harbour Freight Corp, which is now worth 5 mln dlrs.",
			want: nil},
		{name: "AddedObjectBeforeAConjunction",
			text: "Northwind Pumps Ltd added a night shift when orders were strong.",
			want: nil},
		// A news agency that spoke is "the news agency" after it; an
		// outlet gives way to the one whose words it reports, not to
		// another outlet.
		{name: "TheNewsAgencyThatSpoke",
			text: "Heavy rain fell in Guangdong on Monday, Xinhua said. The provincial government has sent relief to the counties affected, the news agency said.",
			want: []string{"Xinhua", "Xinhua"}},
		// The wire's angle brackets around a company's name hold its
		// article too.
		{name: "WireBracketsWithTheArticle",
			text: "<The Harlow Gas Light Co> (HGL) said it will offer one share for every two shares.",
			want: []string{"Harlow Gas Light Co"}},
		// "one official" after a body's officials spoke in the plural is
		// one of them.
		{name: "OneOfTheOfficials",
			text: "Finance Ministry officials said the rules would change. The banks face losses on the notes. The losses could be large, one official said.",
			want: []string{"Finance Ministry", "Finance Ministry"}},
		// "withhold support from X": X loses the support, it gives none.
		{name: "WithheldSupportFrom",
			text: "The union withdrew its support from Harlow Pumps Ltd.",
			want: nil},
		{name: "DrewSupportFrom",
			text: "The plan drew support from Harlow Pumps Ltd.",
			want: []string{"Harlow Pumps Ltd"}},
		// "the" before a middle or last name of a list keeps the list
		// whole: each name speaks.
		{name: "ListWithTheBeforeAName",
			text: "Campaign groups including Friends of the Earth, the Harlow Trust, and War on Want said the plan was a sham.",
			want: []string{"Friends of the Earth", "Harlow Trust", "War on Want"}},
		{name: "ApposedDescriptionIsNoList",
			text: "Halvor Corp, the Pennock rival, said the plan was a sham.",
			want: []string{"Halvor Corp"}},
		// The people or firms a demonym describes speak for no state,
		// in a participle's clause as after a verb of saying.
		{name: "ExportersOfAStateWhileUrging",
			text: "Indonesian coffee exporters are preparing for lower prices while urging their government to lobby for a deal.",
			want: nil},
		{name: "OfficialsOfAStateWhileUrging",
			text: "Indonesian officials are preparing for talks while urging Brazil to compromise.",
			want: []string{"Indonesia"}},
		// Two appositions after the name that opens the sentence, an
		// adverb opening the first: the name speaks, not the body the
		// second describes.
		{name: "AppositionsAfterAPersonWithAnAdverb",
			text: "Tom Bell ran the fund until 1985. Bell, now president of the Harlow Group, a consulting firm, said the fund was weak.",
			want: []string{"Tom Bell"}},
		{name: "AcronymAfterTheBodyInAnApposition",
			text: "Tom Bell, deputy secretary general of the ruling Harlow Labour Party, HLP, said the plan was flawed.",
			want: []string{"Tom Bell"}},
		{name: "AppositionsAfterACompany",
			text: "Halvor Corp, a unit of Pennock Inc, a British firm, said sales rose.",
			want: []string{"Halvor Corp"}},
		// "X was among those who said …", "X is one of those who …":
		// X speaks; "Those who said … were wrong" names no one.
		{name: "AmongThoseWho",
			text: "Tom Bell was among those who said the plan was flawed.",
			want: []string{"Tom Bell"}},
		{name: "OneOfThoseWho",
			text: "Tom Bell is one of those who criticised the plan.",
			want: []string{"Tom Bell"}},
		{name: "ThoseWhoAlone",
			text: "Those who said the plan was flawed were wrong.",
			want: nil},
		// "The company" is no exchange named before it; "the exchange"
		// is.
		{name: "TheCompanyIsNoExchange",
			text: "Lead prices rose on the Harlow Metal Exchange after a strike. The company said it would meet its commitments.",
			want: nil},
		{name: "TheExchangeIsTheExchange",
			text: "The Harlow Stock Exchange said volume rose. The exchange said it would add staff.",
			want: []string{"Harlow Stock Exchange", "Harlow Stock Exchange"}},
		// A word that opens a company's name and is its chairman's
		// surname: the company where its context marks one ("Halvor said
		// it"), the person where it marks a person ("Halvor said he").
		{name: "CompanyNamedAfterItsChairman",
			text: "Halvor Air Freight Corp said it plans a tender offer for Pennock Corp. Halvor said it would offer 40 dlrs a share. Halvor chairman John C. Halvor said the merger made sense.",
			want: []string{"Halvor Air Freight Corp", "Halvor Air Freight Corp", "John C. Halvor"}},
		{name: "ChairmanNamedLikeHisCompany",
			text: "John C. Halvor, chairman of Halvor Air Freight Corp, spoke on Monday. Halvor said he was pleased with the offer.",
			want: []string{"John C. Halvor"}},
		// "the letter said": the writer named with the letter, else the
		// body that spoke last when no one spoke since; not a letter of
		// intent, nor one written to someone.
		{name: "TheLetterOfTheBodyThatSpoke",
			text: "Sri Lanka has appealed to 24 countries for emergency aid, officials said. Embassies received letters outlining the aid needed. The letter said the government had to step in.",
			want: []string{"Sri Lanka", "Sri Lanka"}},
		{name: "TheLetterAfterAPersonSpoke",
			text: "Halvor Corp said it would fight the bid. Its chairman Tom Bell told reporters the offer was too low. The letter said the bid undervalued the company.",
			want: []string{"Halvor Corp", "Tom Bell"}},
		{name: "TheLetterFromABody",
			text: "Halvor Corp received a letter from the Treasury on Monday. The letter said the company must repay the grant.",
			want: []string{"Treasury"}},
		{name: "ALetterFromABody",
			text: "A letter from Halvor Corp said the grant must be repaid.",
			want: []string{"Halvor Corp"}},
		{name: "TheLetterOfIntent",
			text: "Halvor Corp and Pennock Inc agreed to merge. According to the letter of intent, Halvor will buy all Pennock shares.",
			want: nil},
		{name: "ALetterToTheOneNamed",
			text: "The committee has written Trade Representative Lena Harwick a letter urging the administration to act.",
			want: nil},
		// After an inverted verb, a description that a determiner opens
		// names the person in apposition after it, with or without a
		// title.
		{name: "InvertedDescriptionThenName",
			text: "The envoy was in constant touch with the minister, said another witness in the inquiry, former adviser Lena Harwick.",
			want: []string{"Lena Harwick"}},
		{name: "InvertedIndefiniteThenName",
			text: "The plan will fail, said a witness, Lena Harwick.",
			want: []string{"Lena Harwick"}},
		// "one analyst" is one of several: not the analyst the story
		// names later.
		{name: "OneAnalystBeforeTheNamedOne",
			text: "Traders doubt the merger will go ahead. \u201cThe price is too low,\u201d one analyst said. Later Lena Harwick, an analyst at Harlow Securities Inc, said the price was fair.",
			want: []string{"Lena Harwick"}},
		// A name after a preposition is no subject of the state a
		// copula states.
		{name: "NameInsideTheSubjectOfAState",
			text: "Fears of a trade war with Japan remain a nagging concern in London.",
			want: nil},
		// A state named before the words that open an official's phrase
		// speaks through him, not the state the text talked about last.
		{name: "StateBeforeTheWordsOfAnOfficial",
			text: "The United States raised its tariffs. U.S. producers welcomed the move. A senior Canadian government energy official warned the ruling could hurt gas producers.",
			want: []string{"Canada"}},
		// Every part of a list of people speaks, the first one too when
		// the list's last name heads the phrase.
		{name: "TitledListOfPeople",
			text: "Senators Lena Harwick, Tomas Rudd and Ilse Marner said they would offer an amendment.",
			want: []string{"Tomas Rudd", "Lena Harwick", "Ilse Marner"}},
		{name: "TheNewsAgencyIsAnOutlet",
			text: "The Delta Growers Association will close its warehouse. The warehouse employs 300 people, the news agency said.",
			want: nil},
		{name: "AnOutletBeforeAnotherOutlet",
			text: "Interfax estimated OPEC output at 16.8 mln bpd, two mln bpd more than Reuters estimates for March.",
			want: []string{"Interfax"}},
		// A description after an inverted verb is read as before one; a
		// name inside the quotation is no antecedent of it.
		{name: "SaidTheFirm",
			text: "Northwind Pumps Ltd said sales rose. \u201cOur new pump will sell well,\u201d said the firm.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "TheCompanyAfterAQuotationNamingAnother",
			text: "Northwind Pumps Ltd said sales rose. \u201cHarbour Freight Corp will buy fewer pumps,\u201d the company said.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "TheSpokesmanAgain",
			text: "A spokesman for Northwind Pumps Ltd said the plant would close. Brazil raised its tariffs last year. The spokesman said sales in Brazil had fallen.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "TheStatementOfTheLastBody",
			text: "Northwind Pumps Ltd said in a statement it would cut 300 jobs. Brazil's tariffs hurt its sales. \u201cOur plant will stay open,\u201d the statement said.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "TheReportOfTheLastBody",
			text: "Exports will slow this year, the Marlow Economic Institute said in its spring survey. Brazil's tariffs hurt sales. \u201cThe danger of a slump is limited,\u201d the report said.",
			want: []string{"Marlow Economic Institute", "Marlow Economic Institute"}},
		{name: "TheReportNamedWithItsOwner",
			text: "Northwind Pumps Ltd said sales rose. A study by the Marlow Economic Institute was published on Monday. The study said wages were too high.",
			want: []string{"Northwind Pumps Ltd", "Marlow Economic Institute"}},
		{name: "TheReportOfACompound",
			text: "Northwind Pumps Ltd said sales rose. Brazil had criticised an OECD report last week. \u201cWages are too high,\u201d the report said.",
			want: []string{"Northwind Pumps Ltd", "Brazil", "OECD"}},
		{name: "TheBankFarBack",
			text: "The Bank of Thailand said exports rose in May. Imports fell. Rice sold well. Tin prices were flat. " +
				"Rubber output grew. Fish exports slowed. Hotel stays were steady. The bank said the deficit would narrow.",
			want: []string{"Bank of Thailand", "Bank of Thailand"}},
		{name: "FarBackTheNounMustFit",
			text: "Northwind Pumps Ltd said sales rose in May. Imports fell. Rice sold well. Tin prices were flat. " +
				"Rubber output grew. Fish exports slowed. Hotel stays were steady. The bank said the deficit would narrow.",
			want: []string{"Northwind Pumps Ltd"}},
		{name: "SpokesmanOfTheBodyInTheSentence",
			text: "Brazil and Chile signed a trade pact on Monday. The Marlow Savings Bank is ready to lend more, a spokesman said.",
			want: []string{"Marlow Savings Bank"}},
		{name: "SpokeswomanOfTheBodyThatSpoke",
			text: "Northwind Pumps Ltd said sales rose in May. The company expects more next year, a spokeswoman said.",
			want: []string{"Northwind Pumps Ltd", "Northwind Pumps Ltd"}},
		{name: "MinistryOfficialOfTheNamedMinistry",
			text: "Exports grew in March, the Trade Ministry said. A ministry official said the surplus would shrink.",
			want: []string{"Trade Ministry", "Trade Ministry"}},
		{name: "GovernmentOfficialsStayTheState",
			text: "Brazil said it would raise its tariffs on steel. The tariffs will last a year, officials said.",
			want: []string{"Brazil", "Brazil"}},
		// Traders, dealers or analysts in a state are where they are,
		// and speak for no one; officials there speak for it.
		{name: "TradersInAStateSpeakForNoOne",
			text: "Singapore's exchange opened a new contract. Traders in Singapore said volumes would rise, and dealers in Japan said prices were firm.",
			want: nil},
		{name: "AThingInAStateSpeaksForNoOne",
			text: "Oil prices rose as cold weather in the US threatened stocks of heating oil. A TV station in Canada has refused to show the series.",
			want: nil},
		{name: "APersonFromAStateSpeaksForNoOne",
			text: "Fees rose again this year. A student from China said the fees were high, and a woman from Britain said the halls were cold. The unnamed man from Japan says the rents doubled.",
			want: nil},
		// A demonym before a commentator or a businessman: a person of
		// that nationality, no voice of the state; a ministry's
		// economist is the state's.
		{name: "BusinessmanOfADemonymSpeaksForNoOne",
			text: "The yen could rise to 140, a leading Japanese businessman said. Prices will fall, a Japanese economist said.",
			want: nil},
		{name: "MinistryEconomistSpeaksForTheState",
			text: "Japan cut its tax rates in March. Prices will fall, a finance ministry economist said.",
			want: []string{"Japan"}},
		{name: "CentralBankSourcesAreTheCentralBank",
			text: "The Bank of Thailand will issue its first bond. The Finance Ministry approved the plan. Central bank sources said banks had been converting their holdings.",
			want: []string{"Bank of Thailand"}},
		{name: "AnOfficialFromAStateSpeaksForIt",
			text: "Fees rose again this year. An official from France said the fees were fair.",
			want: []string{"France"}},
		{name: "OfficialsInTheCapitalSpeakForTheState",
			text: "Japan's economy slowed in March. Officials in Tokyo said the yen was too strong.",
			want: []string{"Japan"}},
		// "a spokeswoman for" + "the department": the pronoun after it is
		// the spokeswoman again, who speaks for the department.
		{name: "PronounAfterSpokeswomanForTheBody",
			text: "Agriculture Department inspectors refused entry to two lots of Ixonian beef, a spokeswoman for the department said. " +
				"She said the department had notified Ixonia, which assured it that controls would be tightened.",
			want: []string{"U.S. Department of Agriculture", "U.S. Department of Agriculture"}},
		{name: "OfficialsOfTheSentencesSubject",
			text: "Chile and Peru met in Lima. Chile told Peru about fishing. Chile told Peru about mining. " +
				"Meanwhile, Peru will study a letter from Chile's president, government sources said.",
			want: []string{"Chile", "Chile", "Peru"}},
		// The state whose government is the subject: a demonym or a name
		// and "government", the story naming another state more often.
		{name: "OfficialsOfTheGovernmentThatIsTheSubject",
			text: "Japanese banks in Paris lend more each year, and Japan's market stays closed to Japan's rivals in Japan. " +
				"The French government may curb Japanese banks, government sources said. " +
				"\"This is being considered,\" an official said.",
			want: []string{"France", "France"}},
	})
}

// lastSpeakerCase is a text and the speaker its last statement must have.
type lastSpeakerCase struct{ text, want string }

// checkLastSpeakers extracts each case's text and checks the speaker of
// its last statement.
func checkLastSpeakers(t *testing.T, cases []lastSpeakerCase) {
	t.Helper()
	ex := testExtractor(t)
	for _, tt := range cases {
		x, err := ex.Extract(Document{ID: "role", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Statements) == 0 || x.Statements[len(x.Statements)-1].Speaker != tt.want {
			var got []string
			for _, s := range x.Statements {
				got = append(got, stmtKey(s))
			}
			t.Errorf("Extract(%q) statements %v, want the last by %s", tt.text, got, tt.want)
		}
	}
}

// TestRoleOfTheGazetteer checks that a role description speaks for the
// one person of the article the gazetteer gives that role, though the
// article never names the role with the name (sentences written for this
// test).
func TestRoleOfTheGazetteer(t *testing.T) {
	checkLastSpeakers(t, []lastSpeakerCase{
		{"William Hague met his French counterpart in Paris on Monday. The foreign secretary said the talks had been useful.", "William Hague"},
		{"Geoff Hoon visited the troops in Basra. The defence secretary said morale was high.", "Geoff Hoon"},
	})
}

// TestRoleStanding checks that a shadow or former holder of an office is
// not "the" holder the story goes on to quote, and is the "shadow" or
// "former" one (sentences written for this test).
func TestRoleStanding(t *testing.T) {
	checkLastSpeakers(t, []lastSpeakerCase{
		{"Chancellor Marcus Hale unveiled his budget on Wednesday. Shadow chancellor Owen Pryce attacked the plans. The chancellor said the economy was strong.", "Marcus Hale"},
		{"Chancellor Marcus Hale unveiled his budget on Wednesday. Shadow chancellor Owen Pryce attacked the plans. The shadow chancellor said taxes would rise.", "Owen Pryce"},
		{"Former president Anton Vesely spoke first. President Karel Dvorak opened the summit. The president said the talks would succeed.", "Karel Dvorak"},
		{"Tessa Marsh, the party's former press secretary, met Karel Dvorak, the press secretary of the union. The former press secretary said the plan would fail.", "Tessa Marsh"},
		// The standing word before the field of the title: the shadow
		// culture secretary is no "Culture Secretary".
		{"Culture Secretary Anna Hale announced the plan on Monday. Shadow culture secretary Owen Pryce attacked the plans. The Culture Secretary said she had listened.", "Anna Hale"},
		{"Culture Secretary Anna Hale announced the plan on Monday. Shadow culture secretary Owen Pryce attacked the plans. The shadow culture secretary said taxes would rise.", "Owen Pryce"},
	})
}

// TestDescribedAgency checks that "the agency" is no company named with
// its legal form: the rating agency, not the firm it rated.
func TestDescribedAgency(t *testing.T) {
	checkLastSpeakers(t, []lastSpeakerCase{
		{"Halvor Ratings Service Inc cut its rating of Orbis Power Corp on Monday. The write-off would reduce Orbis Power's equity, the agency said.", "Halvor Ratings Service Inc"},
		{"Orbis Power Corp was fined by the Environmental Protection Agency. The agency said the plant had leaked.", "Environmental Protection Agency"},
	})
}

// TestReportingSources checks that whoever passes on a speaker's words
// (an agency, a newspaper, a company's statement) is neither the
// speaker nor a target: the one it quotes, cites or reports speaks.
func TestReportingSources(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name    string
		text    string
		speaker string // the one statement's speaker
		source  string // must be no target
		target  string // must be a target, when not empty
	}{
		{"AgencyWithDescriptionQuoted", "The official Tass news agency quoted Premier Ivo Marek as saying the Soviet Union would reject the proposal.",
			"Ivo Marek", "TASS", ""},
		// The words begin after "as saying": a target is as near to them
		// as after "said".
		{"TargetAfterQuotedAsSaying", "The official Tass news agency quoted Mikhail Gorbachev as saying the Soviet Union would reject the American proposal.",
			"Mikhail Gorbachev", "TASS", "United States"},
		{"NewspaperNamedAfterItsKind", "The newspaper Dolna Gazeta quoted Premier Ivo Marek as saying that Poland would reject the proposal.",
			"Ivo Marek", "Dolna Gazeta", ""},
		{"QuotedWithAppositive", "The Daily Planet quoted Ivo Marek, a delegate to the congress, as saying grain policy had failed.",
			"Ivo Marek", "Daily Planet", ""},
		{"QuotedCriticising", "The Daily Planet quoted Ivo Marek criticising the grain policy of Poland.",
			"Ivo Marek", "Daily Planet", "Poland"},
		{"QuotedAttacking", "The Daily Planet quoted Ivo Marek, a delegate to the congress, attacking the grain policy of Poland.",
			"Ivo Marek", "Daily Planet", ""},
		{"PassiveQuotedAfterAppositive", "The head of the Ixonian Marine Authority, Ivo Marek, was quoted today as saying that exports would fall.",
			"Ivo Marek", "Ixonian Marine Authority", ""},
		{"CitedAsSaying", "Interfax cited Ivo Marek as saying Moscow was ready for talks.",
			"Ivo Marek", "Interfax", ""},
		{"InterviewWith", "In an interview with CNN, Tessa Marsh accused Moscow of stalling.",
			"Tessa Marsh", "CNN", "Russia"},
		{"ReportedThatSomeoneCriticised", "Interfax reported that Premier Ivo Marek had criticised Nato.",
			"Ivo Marek", "Interfax", "NATO"},
		// The body of the post named in a title before the speaker's
		// name is no target.
		{"PostInTitleBeforeName", "Norway's ambassador to the UN, Tomas Hale, said Russia was lying.",
			"Tomas Hale", "United Nations", "Russia"},
		// A source that opens the sentence reports the main clause's
		// speaker.
		// The platform a speaker wrote or posted on is no target.
		{"WritingOnPlatform", "Writing on Truth Social, Donald Trump said the deal was dead.",
			"Donald Trump", "Truth Social", ""},
		{"WritingOnPlatformWithTarget", "Writing on Truth Social, Donald Trump said the deal with Nato was dead.",
			"Donald Trump", "Truth Social", "NATO"},
		{"AccordingToOpening", "According to Tessa Marsh, Ivo Marek vowed to resist the pressure from Nato.",
			"Ivo Marek", "Tessa Marsh", "NATO"},
		{"AccordingToOpeningNoTarget", "According to Tom Hale, Peter Brede vowed to stay at the club.",
			"Peter Brede", "Tom Hale", ""},
		// The firm a commentator works for, in the apposition after the
		// name, is no target.
		// Nor is the body named right after the speaker with "of".
		{"SpeakersBody", "Higher rates would hurt Halvor Steel Co, according to Mike Osborne of Kleinwort Grieveson.",
			"Mike Osborne", "Kleinwort Grieveson", "Halvor Steel Co"},
		{"CommentatorsFirm", `"The plan will fail," said Tomas Herrey, a bond strategist at Merrill Lynch in New York.`,
			"Tomas Herrey", "Merrill Lynch", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			if len(x.Statements) != 1 || x.Statements[0].Speaker != tt.speaker {
				var got []string
				for _, s := range x.Statements {
					got = append(got, stmtKey(s))
				}
				t.Fatalf("Extract(%q) statements = %v, want one of %s", tt.text, got, tt.speaker)
			}
			if s := x.Statements[0]; slices.Contains(s.Targets, tt.source) || tt.target != "" && !slices.Contains(s.Targets, tt.target) {
				t.Errorf("Extract(%q) targets = %v, want no %s and %q among them", tt.text, s.Targets, tt.source, tt.target)
			}
		})
	}
	// A reason a speaker cites is no report of anyone's words.
	x, err := ex.Extract(Document{ID: "cited", Text: "Halvor Bancorp cited weak demand for its products."})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Statements) != 0 {
		t.Errorf("'cited weak demand': statements %v, want none", x.Statements)
	}
}

// TestStatementAboutSomething checks that the readout of a call speaks
// for the body that issued it, as its statement does, and that a phrase
// saying what a body's statement or readout is about ("of the call", "on
// the talks") does not hide the body that speaks.
func TestStatementAboutSomething(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Readout", "Leaders spoke by phone. A White House readout said the president raised trade barriers.", []string{"United States"}},
		{"ReadoutOfTheCall", "Leaders spoke on Monday. The Kremlin's readout of the call said the two men had agreed to meet.", []string{"Russia"}},
		{"StatementOnTheTalks", "Talks ended on Monday. The Kremlin's statement on the talks said progress had been made.", []string{"Russia"}},
		{"ReportOnNumberedThings", "Costs rose again. A National Audit Office report on the 20 biggest defence projects says the overruns were avoidable.",
			[]string{"National Audit Office"}},
		{"ReportIntoSomething", "Costs rose again. A National Audit Office report into the defence projects says the overruns were avoidable.",
			[]string{"National Audit Office"}},
		{"CountrysMediaAreNoSpeaker", "According to Israeli media, the cabinet approved the deal. Russian media reported that the talks had failed.", nil},
		{"StateMediaSpeakForTheState", "Chinese state media said Beijing opposed the sanctions.", []string{"China"}},
		{"MediaCompany", "Halvor Bancorp bought a stake in Orbis Corp on Monday. The media company said it would keep its staff.", []string{"Orbis Corp"}},
		{"MembersOfAParty", "Labour MPs expressed frustration with the chancellor on Monday.", []string{"Labour Party"}},
		{"InstituteOfAnOrganisation", "Earnings will rise 8.9 pct next year, the Halvor Bancorp research institute said.", []string{"Halvor Bancorp"}},
		{"InstituteNamedBefore", "The Halvor Institute for Economics and Halvor Bancorp met. Exports will hold up, the Halvor Bancorp institute said.", []string{"Halvor Institute for Economics"}},
		{"MembersOfAnOrganisation", "Several Opec members said on Tuesday that a cut in production was unlikely.", []string{"Opec"}},
		{"MembersOfNoOneNamed", "Prices rose. Members said on Tuesday that a cut in production was unlikely.", nil},
		// A state before a body's name modifies it: a body that is no
		// ministry speaks for itself; a ministry for the state.
		{"AgencyAfterItsState", "The US Federal Trade Commission announced the settlements on Tuesday.", []string{"Federal Trade Commission"}},
		{"CourtAfterItsState", "Orbis Corp said a U.S. Bankruptcy Court confirmed its plan.", []string{"Orbis Corp", "Bankruptcy Court"}},
		{"MinistryAfterItsState", "Exports rose in March, China's Commerce Ministry said.", []string{"China"}},
		// A person and, after a comma, the body he works for: the person
		// speaks, the closing comma left out or not there at all.
		{"RoleAtABodyWithOf", "\"Losses were heavy,\" Tom Hale, director of communications for the Halvor Farmers Association said.", []string{"Tom Hale"}},
		{"BodyRightAfterTheComma", "Owners met on Monday. Colin Pike, Halvor Hotel Association said: \"We have tried very hard.\"", []string{"Colin Pike"}},
		{"NoPersonBeforeTheComma", "Unlike Halvor, Orbis Corp said prices would rise.", []string{"Orbis Corp"}},
		// The one a document went to is no speaker of its words.
		{"RecipientOfALetter", "The ministry wrote to two men. A letter sent to Tom Pike said his passport would not be issued.", nil},
		{"PersonBeforeTwoAppositionsAtTheEnd", "Gas costs will rise, Tom Hale, a supply manager with Halvor Gas Co, a Houston based brokering firm, said.", []string{"Tom Hale"}},
		{"ObjectIsNoSubject", "Orbis Corp said it would appeal. A clerk for Halvor Bancorp handed out a statement after the hearing explaining the delay.", []string{"Orbis Corp"}},
	})
}

// speakerCase is a document and the speakers of its statements, in order.
type speakerCase struct {
	name, text string
	want       []string
}

// checkSpeakers extracts each case's text and checks its speakers.
func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	ex := testExtractor(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			var got []string
			for _, s := range x.Statements {
				got = append(got, s.Speaker)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q) speakers = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestStatementReadingCue checks that a statement's Reading holds its
// sentence and the byte span of its cue in it, what the stance model
// reads.
func TestStatementReadingCue(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text, speaker, cue string
	}{
		{"Verb", "Delia Hartmann, the mayor of Ostrava, said on Monday that the plan was a mistake.", "Delia Hartmann", "said"},
		{"AccordingTo", "The plan is a mistake, according to Delia Hartmann, the mayor of Ostrava.", "Delia Hartmann", "according to"},
		{"AfterAccent", "Café owners were angry and Delia Hartmann warned the council about the plan.", "Delia Hartmann", "warned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			for _, s := range x.Statements {
				if s.Speaker != tt.speaker {
					continue
				}
				cu := s.Reading.Cue
				if cu.Sentence != s.Text {
					t.Errorf("Cue.Sentence = %q, want the statement's sentence %q", cu.Sentence, s.Text)
				}
				if cu.Start < 0 || cu.End > len(cu.Sentence) || cu.Sentence[cu.Start:cu.End] != tt.cue {
					t.Errorf("Cue span [%d, %d) of %q, want %q", cu.Start, cu.End, cu.Sentence, tt.cue)
				}
				return
			}
			t.Fatalf("no statement by %s in %+v", tt.speaker, x.Statements)
		})
	}
}

// TestClauseParticiples checks that the participles of verbs of saying
// and judging report as adjuncts of their clause ("…, alleging that")
// and not after a preposition or a noun, where they name an act or a
// document.
func TestClauseParticiples(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"AllegingAfterComma", "Harbor Mills Inc filed suit on Monday against Brant Securities Inc, alleging that Brant deceived it.",
			[]string{"Harbor Mills Inc"}},
		{"ChargingThat", "The Velmar Drivers Association sought a recall of the buses, charging that a defect made them unsafe.",
			[]string{"Velmar Drivers Association"}},
		{"WhileAcknowledging", "While acknowledging that costs had risen, Halvor Motors kept its forecast.",
			[]string{"Halvor Motors"}},
		{"ComplainingAfterAdverb", "Halvor Motors cut its forecast twice, bitterly complaining that the tariff hurt exporters.",
			[]string{"Halvor Motors"}},
		{"AfterPreposition", "Anna Pike was fined on Monday for criticising the referee.", nil},
		{"AfterNoun", "Several lawsuits were brought against Halvor Motors alleging that the offer was too low.", nil},
		{"ChargingAFee", "Brede Bank began charging customers for the service in May.", nil},
	})
}

// TestAddedClauseWithInnerPunctuation checks that "added" before a clause
// whose subject holds a hyphenated word or a possessive reports speech.
func TestAddedClauseWithInnerPunctuation(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"HyphenatedSubject", "Finance director John Edwards said sales rose. He added the long-term outlook was good.",
			[]string{"John Edwards", "John Edwards"}},
		{"PossessiveSubject", "Finance director John Edwards said sales rose. He added the company's shares had fallen too far.",
			[]string{"John Edwards", "John Edwards"}},
		{"AddedCustomers", "Halvor Motors added five million customers in May.", nil},
	})
}

// TestPronounOfTheSentencesSpeaker checks that "he" after a person who
// spoke earlier in the same sentence is that person, not the speaker of
// the sentences before, and no target of the statement.
func TestPronounOfTheSentencesSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"SecondVerbOfSaying", "\"The campaign is run by Tories,\" Ray Mallon said. Yes campaign chairman John Tomaney said he hoped for a late flurry of votes - something he says will boost their cause.",
			[]string{"Ray Mallon", "John Tomaney"}},
		{"RelativeClause", "\"The campaign is run by Tories,\" Ray Mallon said. Yes campaign chairman John Tomaney said he hoped for votes, which he says will boost their cause.",
			[]string{"Ray Mallon", "John Tomaney"}},
	})
	ex := testExtractor(t)
	x := mustExtract(t, ex, "NoTarget", "Gordon Brown spoke first. Investec chief economist Philip Shaw said he did not expect the figures to affect interest rates.")
	for _, s := range x.Statements {
		if s.Speaker == "Philip Shaw" && slices.Contains(s.Targets, "Gordon Brown") {
			t.Errorf("Philip Shaw's statement targets Gordon Brown through 'he': %v", s.Targets)
		}
	}
}

// TestVoicedByIsNoView checks that "voiced by" a person is a voice part,
// not a view, unless a view stands before it.
func TestVoicedByIsNoView(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"VoicePart", "And who remembers Trap Door voiced by the late Willie Rushden, a superb children's programme.", nil},
		{"VoicedConcern", "The Halvor Residents Association voiced concern over the plan.", []string{"Halvor Residents Association"}},
	})
}

// TestSubjectBeforeParticiplesPhrase checks that a name inside a
// participle's phrase after the subject, followed by a relative clause,
// does not take the subject's verb of saying.
func TestSubjectBeforeParticiplesPhrase(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"BodyOpens", "Halvor Corp, responding to the indictment of Robert Freeman, who heads its unit, said it believes he did not violate the law.",
			[]string{"Halvor Corp"}},
		{"RelativeClauseOfTheSubject", "Tomas Neuman, who gave the stock to the Tudor Trust, of which he is trustee, said the gift was legal.",
			[]string{"Tomas Neuman"}},
	})
}

// TestChargedBillsOrAccuses checks that "charged" accuses with "that" or
// "with", and bills or moves before a fee, a particle, "for" and a common
// noun, or after a noun with "by".
func TestChargedBillsOrAccuses(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"ChargedThat", "Halvor Motors charged in a 1986 complaint that Brede Motors had copied its designs.", []string{"Halvor Motors"}},
		{"ChargedWith", "The Halvor Securities Commission charged Tom Brede, a director of Orbis Corp, with fraud.", []string{"Halvor Securities Commission"}},
		{"ClientsForAccess", "The Halvor Gazette alleged Orbis Consulting Ltd charged clients for access to ministers.", []string{"Halvor Gazette"}},
		{"PricesChargedBy", "Orbis Corp sells below prices charged by Halvor producers.", nil},
		{"ChargedToTheNet", "Tom Brede charged to the net and won the point.", nil},
	})
}

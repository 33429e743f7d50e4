package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/ner"
	"github.com/actorgraph/actorgraph/extract/polarity"
)

var (
	testExOnce sync.Once
	testEx     *Extractor
	testExErr  error
)

// testExtractor returns an Extractor with the embedded lexicon and model,
// loaded once per test binary.
func testExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	testExOnce.Do(func() {
		lex, err := lexicon.Default()
		if err != nil {
			testExErr = err
			return
		}
		m, err := ner.Default()
		if err != nil {
			testExErr = err
			return
		}
		opts := DefaultOptions()
		if opts.Sentiment, err = polarity.Default(); err != nil {
			testExErr = err
			return
		}
		testEx = New(lex, m, opts)
	})
	if testExErr != nil {
		tb.Fatalf("load extractor: %v", testExErr)
	}
	return testEx
}

// stmtKey is the part of a Statement the tests compare.
func stmtKey(s Statement) string { return fmt.Sprintf("%s/%+d", s.Speaker, s.Polarity) }

// stmtKeys returns the keys of statements ss to compare with want: a
// want without a sign ("Speaker") tests the speaker only, so its
// statement's key is its speaker.
func stmtKeys(ss []Statement, want []string) []string {
	var got []string
	for i, s := range ss {
		k := stmtKey(s)
		if i < len(want) && !strings.Contains(want[i], "/") {
			k = s.Speaker
		}
		got = append(got, k)
	}
	return got
}

func TestStatements(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name string
		text string
		want []string // "Speaker/polarity" in order; "Speaker" alone: any polarity
	}{
		{"SubjectSaid", "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready for talks.",
			[]string{"Sergei Lavrov/+1"}},
		{"InvertedSpeakerWithPostmodifier", "\"Orthodox solutions do not work,\" said a senior Peruvian government official responsible for debt affairs.",
			[]string{"Peru"}},
		{"MinistryFieldNamedInTheLead", "The Dutch Finance Ministry said it accepted bids of 3.2 billion guilders. The ministry accepted half of the bids. Higher bids were met in full. " +
			"The loan will go towards the government's financing. The budget deficit is some 29 billion guilders. Analysts predict the state has to raise 32 billion guilders this year. " +
			"The finance ministry described the tender as successful.",
			[]string{"Dutch Finance Ministry", "Dutch Finance Ministry"}},
		{"CompanyOfficialsOpenTheSentence", "Halvard Mining Corp said it would expand the mine. Company officials said output rose 12 pct.",
			[]string{"Halvard Mining Corp", "Halvard Mining Corp"}},
		{"DepartmentSpokesmen", "The Commerce Department said retail sales fell 0.3 pct. Department spokesmen said the main cause was the end of a tax deduction.",
			[]string{"U.S. Department of Commerce", "U.S. Department of Commerce"}},
		{"DepartmentOfficialAfterTheDepartment", "Japan has pledged to buy more U.S. car parts, the Commerce Department said. Japan had agreed to begin long term contracts, a Commerce department official said.",
			[]string{"Japan", "U.S. Department of Commerce", "Japan", "U.S. Department of Commerce"}},
		{"OfficialsOfABodyNamedAfterItsState", "Beef sales could double, officials of the U.S. Halvard Export Federation said. The chairman of U.S. Tarrow Associates said prices would hold.",
			[]string{"Halvard Export Federation", "Tarrow Associates"}},
		{"DemonymBeforeABodysDelegate", "The minister will not open the session, an Ivorian OPEC delegate said.",
			[]string{"Côte d'Ivoire"}},
		{"PartyMemberOfAStateInOpenApposition", "\"The bill opens markets without protectionism,\" Ways and Means chairman Tom Halvorsen, an Illinois Democrat said.",
			[]string{"Tom Halvorsen"}},
		{"PartyMemberOfAStateDescribesThePerson", "Sen. Tom Halvorsen questioned the report. \"There is no easy answer,\" the Ohio Democrat said.",
			[]string{"Tom Halvorsen", "Tom Halvorsen"}},
		{"PersonOfAFirmAfterTheQuote", "\"Demand continues to climb,\" Gene Marwick, chief economist of Halvard Paper Corp said.",
			[]string{"Gene Marwick"}},
		{"AnnouncedProgramWithItsAmount", "French unemployment is high. The government announced a three billion franc program to combat long-term unemployment.",
			[]string{"France"}},
		{"AgencyOfficialsFarBack", "Economists were shocked by an Economic Planning Agency report that spending fell. The report said output rose 0.8 pct. " +
			"Consumers are uneasy, said Shoji Saito of Mitsui Bank. He said pay was falling. Masao Suzaki of the Bank of Tokyo said confidence was weak. " +
			"Other economists said growth was inflated. Exports fell. Imports rose. Johsen Takahashi of Mitsubishi Research Institute said spending resulted from a coin issue. " +
			"Spending would have risen without the issue, agency officials said.",
			[]string{"Economic Planning Agency", "Shoji Saito", "Shoji Saito", "Masao Suzaki", "Johsen Takahashi", "Economic Planning Agency"}},
		{"AttributedTheFallTo", "Halvard Mining Corp posted a loss. The company attributed the loss to lower copper prices.",
			[]string{"Halvard Mining Corp"}},
		{"CountrysPressIsNoStatementOfItsState", "Brazilian press reports said the minister would resign. The Soviet press said the talks had failed. The Chinese state press said the talks had failed.",
			[]string{"China"}},
		{"WentOnToDoIsNoStatement", "Tom Bell joined Halvard in 2001. He went on to win the title and four other titles. The union went on strike.",
			nil},
		{"WentOnToAtTheEnd", "Tom Bell joined Halvard in 2001 and went on to",
			nil},
		{"WentOnToSay", "Tom Bell spoke first. He went on to warn that the cuts would hurt the poor.",
			[]string{"Tom Bell"}},
		{"PassiveAttributedIsNoStatement", "The loss of Halvard Mining Corp can be attributed to lower copper prices.",
			nil},
		{"OfficialsOfARegionAreOfNoOneState", "Brazil suspended interest payments on its debt. Latin American officials say the debt should be negotiated case by case.",
			nil},
		{"OneOfficialOfARegion", "Brazil suspended interest payments on its debt. \"Debtors have shown willingness to sacrifice,\" a Latin American debt official said.",
			nil},
		{"RegionLeaders", "European leaders said Asian states must let their currencies rise.",
			[]string{"Europe/-1"}},
		{"PluralNounStatesIsNoCue", "The deal was agreed by a majority of EC states after Ruritania withdrew its objections.",
			nil},
		{"PluralNounDemandsIsNoCue", "Japan continues to resist U.S. demands for faster growth.",
			nil},
		{"StatesThatIsTheVerb", "A theory by the seismologist Kawa Hiro states that major quakes occur in cycles.",
			[]string{"Kawa Hiro"}},
		// A weekday after "last" or "this" stands between the subject
		// and its verb as "last week" does; to call off is to cancel.
		{"LastWeekdayBeforeTheVerb", "Tom Pike last Friday announced that he would raise tariffs on steel.",
			[]string{"Tom Pike"}},
		// Announcing a side taken is a statement, as announcing a plan is.
		{"AnnouncedTheirSupport", "The Conservatives announced their support for the government plans on Monday.",
			[]string{"Conservative Party/+1"}},
		// "it" after a subordinator is the company whose shares are the
		// subject of the main clause.
		{"ItAfterSharesIn", "Shares in Orbis Corp surged after it said it would spin off a unit.",
			[]string{"Orbis Corp"}},
		{"CallingOffIsNoSpeech", "Tom Pike has no intention of calling off the sanctions, trade analysts said.",
			nil},
		{"RegionDiplomats", "Western diplomats said the strikes appeared to be spontaneous.",
			nil},
		{"RegionAllies", "Zelensky has been garnering support from European allies.",
			nil},
		// A plural noun of a kind of organisation stands for the two of
		// that kind named before: outlets for "newspapers", bodies named a
		// union for "unions", exchanges for "exchanges"; not two
		// organisations of another kind.
		{"BothNewspapers", "A spokesman denied the reports in the Daily Telegraph and the Financial Times. The campaign, both newspapers said, would open in May.",
			[]string{"The Telegraph", "Financial Times"}},
		// A description that counts its group ("both banks") is the
		// nearer list of that many, not an older coordination that spoke.
		{"BothBanksAreTheNearerList", "Harlow Motors and Brede Motors cut prices in March. They said demand was weak. A report named Barclays and HSBC as lenders. Both banks denied wrongdoing.",
			[]string{"Harlow Motors", "Brede Motors", "Barclays", "HSBC"}},
		// A counted description with no list and no group before it is
		// the only ones of its count and kind in the sentence before.
		{"TwoLeadersAfterMeeting", "Anna Pike met Peter Dunmore in Harlow. The two leaders said they backed the plan.",
			[]string{"Anna Pike", "Peter Dunmore"}},
		{"TwoFirmsAfterSigning", "Harlow Motors agreed an alliance with Brede Motors on Monday. The two firms said they expect a final deal by May.",
			[]string{"Harlow Motors", "Harlow Motors", "Brede Motors"}},
		{"PossessorIsNotALeader", "Anna Pike's aide met Peter Dunmore in Harlow. The two leaders said they backed the plan.", nil},
		{"TheExchangesSaid", "The Halvard Stock Exchange and the Brede Futures Exchange will open a joint market, the exchanges said.",
			[]string{"Halvard Stock Exchange", "Brede Futures Exchange"}},
		{"UnionsAreNotTheCompanies", "Halvor Motors and Brede Motors will close the plant next year. The unions said 800 jobs would go.",
			nil},
		// An unnamed official who spoke again as "he" is the one the
		// next "he said" after a quotation names too.
		{"OfficialAgainAfterHe", "The plan would triple the fund, a Halvard Bank official said. He said the talks would be hard. \"It will be difficult,\" he said.",
			[]string{"Halvard Bank", "Halvard Bank", "Halvard Bank"}},
		// A name in a phrase that opens the sentence is not the
		// subject's: the title after the comma is ("Like X, the prime
		// minister said").
		{"NameInOpeningPhrase", "Like Anna Pike, the prime minister said the deal was fair.",
			nil},
		{"NameInOpeningParticiple", "Echoing the Velmarian foreign minister Anna Pike, the prime minister said the deal was fair.",
			nil},
		// A time of day and "long" between the subject and its verb.
		{"SubjectThisMorningVerb", "The Halvard Bank this morning signalled it was ready to cut rates.",
			[]string{"Halvard Bank"}},
		{"SubjectHasLongVerb", "Halvor Motors has long argued that the tariffs hurt exporters.",
			[]string{"Halvor Motors/-1"}},
		{"PartyNamedBeforeNoun", "Anna Pike spoke first. The Velmar party said it would vote against the budget.",
			[]string{"Velmar Party/-1"}},
		{"KnownPartyBeforeNoun", "The Labour party said the plan was unfunded.",
			[]string{"Labour Party"}},
		// ", with X saying …": an absolute clause whose subject speaks
		// for itself after another speaker's statement.
		{"WithSubjectSaying", "Oslo welcomed the accord, with Foreign Minister Tom Hale saying it ended a long dispute.",
			[]string{"Norway", "Tom Hale"}},
		{"WithSubjectAccusing", "Halvor Motors rejected the offer on Friday, with its chairman Anna Brede accusing Brede Brothers of bad faith.",
			[]string{"Halvor Motors", "Anna Brede/-1"}},
		{"ParticipleOfTheSpeaker", "Oslo welcomed the accord, saying it ended a long dispute.", []string{"Norway"}},
		// A source that opens the sentence reports the main clause's
		// speaker, all of a coordinated one; not a speaker named inside
		// the subject ("the plan proposed by X").
		{"AccordingToThenVerb", "According to the Elysee, President Emmanuel Macron praised the German chancellor.", []string{"Emmanuel Macron"}},
		{"AccordingToThenCoordination", "According to the Kremlin, Vladimir Putin and Xi Jinping agreed to deepen ties.",
			[]string{"Vladimir Putin", "Xi Jinping"}},
		{"AccordingToThenPassive", "According to Halvor Motors, the plan proposed by Brede Brothers would hurt shareholders.",
			[]string{"Halvor Motors"}},
		// "He" after a quotation that names the person the pronoun
		// would refer to is someone else, the one named before.
		{"PronounNotTheOneQuoted", "According to Tom Hale, Peter Brede vowed to stay at the club. \"I said to Peter that we needed him,\" he said.",
			[]string{"Peter Brede", "Tom Hale"}},
		// A quoted label given with "called" or "dubbed" is the
		// speaker's judgment; calling a meeting or a strike is none.
		{"CalledQuotedLabel", "Tom Hale called the new levy \"a disgrace\".", []string{"Tom Hale/-1"}},
		{"DubbedQuotedLabel", "The Law Society dubbed the new proposals an \"abuse of power\".", []string{"Law Society/-1"}},
		{"CalledAMeeting", "Tom Hale called a meeting of the board for Monday.", nil},
		// So does calling something a shambles or a farce.
		{"Shambles", "Tom Hale said the handling of the bill was a shambles.", []string{"Tom Hale/-1"}},
		// Calling an accusation groundless rejects it.
		{"Groundless", "The Norwegian embassy said the accusations were groundless.", []string{"Norway/-1"}},
		// A state's mission or consulate speaks for it, as its embassy
		// does.
		{"MissionToTheUN", "The Norwegian mission to the United Nations said the vote was a mistake.", []string{"Norway"}},
		{"Consulate", "The Norwegian consulate in Hamburg said the report was false.", []string{"Norway"}},
		// A place after "in" is part of the phrase of officials whose
		// state a demonym gives, or of a body's spokesman.
		{"OfficialsInPlace", "Norwegian officials in Bergen said the accord ended a long dispute.", []string{"Norway"}},
		{"SpokesmanInCapital", "A Halvor Motors spokesman in Oslo said the plant would close.", []string{"Halvor Motors"}},
		// "it" after the relative that is the object of the saying is the
		// main clause's subject, a body or a state.
		{"WhichItSaid", "Halvor Motors recalled 10,000 cars, which it said had faulty brakes.",
			[]string{"Halvor Motors"}},
		{"WhichItSays", "Portugal has rejected the proposal, which it says breaks the treaty.",
			[]string{"Portugal"}},
		// A company's legal form in lower case after its name, as wire
		// copy writes it; not inside a person's apposition.
		{"LowerLegalForm", "Halvor Medical corp said it completed the acquisition of the unit.", []string{"Halvor Medical"}},
		{"LowerLegalFormInApposition", "Tom Hale, oil analyst with Brede Brothers inc said that demand would rise.",
			[]string{"Tom Hale"}},
		// "all" between a coordinated subject and its verb.
		{"CoordinatedAll", "Barclays, Lloyds and HSBC all said lending was slowing.", []string{"Barclays", "Lloyds", "HSBC"}},
		// A veto or a boycott is a position against what it blocks.
		{"Vetoed", "Hungary vetoed the resolution on the border dispute.", []string{"Hungary/-1"}},
		{"Boycotted", "Senator Tom Hale boycotted the vote in the Senate on Tuesday.", []string{"Tom Hale/-1"}},
		{"CoordinatedHaveBoth", "Barclays and Lloyds have both criticised the new levy.", []string{"Barclays", "Lloyds"}},
		// Coordinated subjects whose parts each carry an appositive: both
		// speak; not a name in another role before the appositive.
		{"CoordinatedAppositives", "Tom Hale, the chairman, and Anna Pike, his deputy, said profits rose.",
			[]string{"Anna Pike", "Tom Hale"}},
		{"CoordinatedAppositiveAndPlain", "Halvor Bank, the main lender of the town, and Norsk Telecom said they were raising prices.",
			[]string{"Norsk Telecom", "Halvor Bank"}},
		// Officials in a capital are its state's, unless a name says
		// whose they are; diplomats there may be anyone's.
		{"OfficialsInCapitalAlone", "Officials in Tehran said the talks were over.", []string{"Iran"}},
		{"GovernmentSpokesmanInCapital", "A government spokesman in Seoul said the talks were over.", []string{"South Korea"}},
		{"NamedOfficialsInCapital", "An Egyptian trade official in Paris confirmed that the tender was cancelled.", []string{"Egypt"}},
		{"BodysOfficialsInCapital", "An EU spokesman in Washington dismissed the claims.", []string{"European Union"}},
		{"DiplomatsInCapital", "Diplomats in Brussels said the plan was dead.", nil},
		// An abbreviation of a common noun that a story defines as a
		// company's acronym is the company ("TB" of Tibbett & Britten).
		{"DefinedInitialism", "Logistics firm Tibbett & Britten (TB) agreed a deal. TB said profits rose.",
			[]string{"Tibbett & Britten", "Tibbett & Britten"}},
		// "They" after a subject that lists three names or more: each of
		// them; not after a list an opening clause began, nor after a
		// name in apposition.
		{"TheyAfterList", "Halvor Bank, Norsk Telecom and Fjord Air cut jobs last year. They have also warned of more cuts.",
			[]string{"Halvor Bank", "Norsk Telecom", "Fjord Air"}},
		{"ThreeFirmsAfterList", "Halvor Bank, Norsk Telecom, and Fjord Air are in talks. The three companies said a deal was near.",
			[]string{"Halvor Bank", "Norsk Telecom", "Fjord Air"}},
		{"ListInOpeningClause", "Since the deal by Halvor Bank, Norsk Telecom and Fjord Air, markets have been calm. They said a deal was near.",
			nil},
		// "His spokesman", "her lawyers": the person the pronoun refers
		// to speaks through them, not the state the article is about.
		{"HisSpokesman", "Tom Hale visited Norway. His spokesman said the trip went well.", []string{"Tom Hale"}},
		{"HerLawyersAfter", "Anna Brede is owed millions, her lawyers said.", []string{"Anna Brede"}},
		{"HisSpokesmanSameSentence", "Finance Minister Tom Hale is undecided over his future, his spokesman said.",
			[]string{"Tom Hale"}},
		// "They" after a body that spoke through people named in the
		// plural are those people; not after others spoke unnamed.
		{"TheySources", "Halvor Bank sources said rates would stay. The bank's board met on Monday. They said inflation was low.",
			[]string{"Halvor Bank", "Halvor Bank"}},
		{"TheyAfterUnnamed", "Halvor Bank sources said rates would stay. But diplomats said the gap was wide. They agreed with the plan.",
			[]string{"Halvor Bank"}},
		// "figures show": a report of the body whose figures they are;
		// "show" the noun is none, and does not hide the next speaker.
		{"FiguresShow", "Retail sales rose 2 pct in February, provisional Halvor Statistics Office figures show.",
			[]string{"Halvor Statistics Office"}},
		{"FiguresFromShow", "Retail sales rose 2 pct in February, figures from the Halvor Statistics Office show.",
			[]string{"Halvor Statistics Office"}},
		{"ShowNoun", "Anna Brede said she was leaving. Critics were surprised by her decision to join the Channel 4 reality TV show, given her views. As she packed her bags she told housemates: \"I am leaving.\"",
			[]string{"Anna Brede", "Anna Brede"}},
		{"ShowVerbNoData", "Halvor Corp will show its new phone at the fair.", nil},
		// "according to" a body's document with a qualifier, a report
		// "by" it, or a body described after its state with a
		// hyphenated noun.
		{"AccordingToProvisional", "GNP rose 5 pct, according to provisional Halvor Bank figures.", []string{"Halvor Bank"}},
		{"AccordingToReportBy", "Sales rose 5 pct, according to a report by the Halvor Institute.", []string{"Halvor Institute"}},
		// The author of a report or research described before its name,
		// with no state before it; "research" is a document as "report"
		// is, after "according to" or "from".
		{"ReportByDescribedAuthor", "Sales of tablets will double by 2010, according to a report by analysts Halvor Research.",
			[]string{"Halvor Research"}},
		{"ResearchFromDescribedAuthor", "Sales of phones are booming, according to research from technology analysts Brede Data.",
			[]string{"Brede Data"}},
		{"ResearchByAuthor", "Music players are the gadget of choice, according to recent research by the Halvor Institute.",
			[]string{"Halvor Institute"}},
		{"ResearchFromAuthor", "Sales of phones are booming, according to research from Forrester Research.",
			[]string{"Forrester Research"}},
		// Research done in a state is not the state's.
		{"ResearchInState", "Sales of phones are booming, according to research in China.", nil},
		// "of" after an inverted speaker's name adds where the person is
		// from or what the words are about: the person speaks.
		{"SaidNameOfPlace", "\"It needs to be removed from the shelves,\" said Tom Hale of Brownsville.",
			[]string{"Tom Hale"}},
		{"SaidRoleNameOfTopic", "\"The country has a rich culture,\" said Arts minister Anna Brede of the findings.",
			[]string{"Anna Brede"}},
		// An apposition of "of" or "from" and a body, whose closing comma
		// the writer left out: the person speaks, also when places or
		// more bodies follow the first.
		{"UnclosedOfApposition", "Tom Hale, of the Halvor Institute said the plan was poor.", []string{"Tom Hale"}},
		{"UnclosedOfChain", "Dr Anna Brede, of the Centre for Transport and Society at the University of Leeds in Bristol said: \"The design is poor.\"",
			[]string{"Anna Brede"}},
		// A phrase of time between the auxiliary and the verb.
		{"AuxTimePhrase", "Portugal has in the past said it sees the ban as driven by politics.", []string{"Portugal"}},
		{"AuxOccasionsPhrase", "Norway has on several occasions said it would veto the plan.", []string{"Norway"}},
		// A description with a possessive of a common noun ("the world's
		// biggest insurer") is the body named before, as "the insurer" is;
		// the members' plural ("the pilots' union") is not.
		{"WorldsBiggestInsurer", "Halvor Re reported a fall in profits. The hit was large, the world's biggest insurer said.",
			[]string{"Halvor Re", "Halvor Re"}},
		{"MembersUnion", "Machinists will strike against Halvor Airlines. Pilots would honour the picket line, the president of the airline pilots' union said.",
			nil},
		// A party is "who" in British news.
		{"PartyWhoSaid", "The posters were put up by the Conservatives who said the campaign had backfired.",
			[]string{"Conservative Party"}},
		// After a role and a name that follow an inverted verb, a phrase
		// of time or occasion ends the speaker phrase.
		{"SaidRoleNameAfter", "\"Children deserve to be protected,\" said Culture Secretary Anna Brede after the meeting.",
			[]string{"Anna Brede"}},
		// The relative after a name and its acronym in brackets.
		{"WhichAfterAcronym", "Sales grew at Halvor Acceptance Corp (HAC), which has said it may enter the home loans market.",
			[]string{"Halvor Acceptance Corp"}},
		// A sentence opened by a description of the body ("The company
		// had …") keeps the body the topic, whatever other body it names.
		{"ItAfterTheCompany", "Halvor Freight Corp said it received a contract from Brede Machines Corp. The company had previously shared Brede Machines traffic with other carriers. It said the contract includes overnight services.",
			[]string{"Halvor Freight Corp", "Halvor Freight Corp"}},
		// A second verb after a description of the body that is the
		// sentence's whole subject; not a possessive description.
		{"DescriptionButSaid", "Halvor Corp cut its dividend. The company gave no further details but said a statement would follow.",
			[]string{"Halvor Corp"}},
		{"PossessiveDescriptionNoSubject", "Halvor Agency was criticised. The agency's former chief Tom Hale quit last year and said he was disappointed.",
			nil},
		// "this week", "last month" between the subject and its verb;
		// "new" and "annual" inside a document's phrase.
		{"SubjectLastWeekSaid", "Halvor Corp last week said it would pay a special dividend.", []string{"Halvor Corp"}},
		{"ReportThisWeekSaid", "Oxfam's report this week said millions of children will die needlessly.", []string{"Oxfam"}},
		// An apposition left open after a body's name and the noun of its
		// kind in lower case: the person speaks, not another union.
		{"FromTheUnionNamedInLowerCase", "Unison called a strike. Tom Hale, from the Public and Commercial Services union said the strike would go on.",
			[]string{"Tom Hale"}},
		// A person described by occupation, role or age after the story
		// named them: the person the sentence before was about or who
		// spoke in it.
		{"TheSingerAfterTheSubject", "Tom Hale was injured last year. The veteran rock singer told reporters he felt fine.",
			[]string{"Tom Hale"}},
		{"TheAgeAndRoleAfterTheSpeaker", "\u201cWe were poor,\u201d said Tom Hale. \u201cThey are much stronger now,\u201d the 36-year-old director added.",
			[]string{"Tom Hale", "Tom Hale"}},
		{"TheAgeAfterTheSpeaker", "\u201cWe were poor,\u201d said Tom Hale. \u201cThey are much stronger now,\u201d the 36-year-old added.",
			[]string{"Tom Hale", "Tom Hale"}},
		{"SaidTheCoach", "Tom Hale named his squad on Monday. \u201cTheir performance was awesome,\u201d said the Lions coach.",
			[]string{"Tom Hale"}},
		{"TheDescriptionIsNotWhomItNamesAfter", "Tom Hale was injured last year. The veteran club boss vowed Hale would not play again.",
			nil},
		{"TheActressIsNoMan", "Tom Hale was injured last year. The actress told reporters she felt fine.",
			nil},
		{"TheSingerTheStoryTurnedTo", "\u201cWe were poor,\u201d said Tom Hale. Anna Brede was injured last year. The singer told reporters she felt fine.",
			[]string{"Tom Hale", "Anna Brede"}},
		// A singular noun of nationality after "the" is a person of that
		// nationality the story was about, not the state; a plural, or
		// a noun as often plural, stays the state.
		{"SaidTheConstituencyMP", "Tom Hale spoke to the BBC on Monday. \u201cI felt guilt in the marrow of my bones,\u201d said the Ealing North MP.",
			[]string{"Tom Hale"}},
		{"TheMPSaid", "Tom Hale attacked the policy on Monday. The MP said his party would cut taxes.",
			[]string{"Tom Hale", "Tom Hale"}},
		{"SaysTheThinkTank", "The Marlow Institute published a study. Online services could provide a good blueprint, says the think-tank.",
			[]string{"Marlow Institute"}},
		{"SaidTheFunctionOfTheGroupIsNoDescription", "Tom Hale, international director at Marlow Bank, said the function of the proposed joint financial group, would be to help.",
			[]string{"Tom Hale"}},
		// A serial comma before "and" in a list of three or more; not a
		// comma that joins two clauses.
		{"SerialComma", "Britain, France, and Germany said the talks had failed.",
			[]string{"United Kingdom", "France", "Germany"}},
		{"CommaJoiningClauses", "Tom Hale replaced Mark Dunmore, and Anna Brede said the change was welcome.",
			[]string{"Anna Brede"}},
		{"TheIrishmanSaid", "Tom Hale won the title on Sunday. The Irishman said he was delighted.",
			[]string{"Tom Hale"}},
		{"SaidTheAmerican", "Tom Hale lost in the final. \u201cI felt pretty good,\u201d said the American.",
			[]string{"Tom Hale"}},
		{"TheAmericansSaid", "Tom Hale met trade officials on Monday. The Americans said the talks went well.",
			[]string{"United States"}},
		{"StatementLastNightHinted", "A Marlow Ministry statement last night hinted the talks had failed.", []string{"Marlow Ministry"}},
		{"NewReportSaid", "Oxfam's new report said millions of children will die needlessly.", []string{"Oxfam"}},
		{"ReflexiveBeforeWho", "The latest to pitch in has been President Tom Hale himself, who told the summit that he remained committed to the plan.",
			[]string{"Tom Hale"}},
		// "It said" further on is the body the story opened with while
		// no other body has spoken, whatever bodies were named between;
		// not after a sentence about another body.
		{"ItSaidLeadBody", "Halvor Corp said it would sell its Brede unit. Terms were not disclosed. The buyers are Orvel Bank and Kestrel Trust. It said the sale needs approval.",
			[]string{"Halvor Corp", "Halvor Corp"}},
		{"ItSaidNotAfterOtherBody", "Halvor Corp said it would sell its Brede unit. Terms were not disclosed. The Kestrel Shipowners Association has appealed to the board to stop the sale. It said the price was too low.",
			[]string{"Halvor Corp"}},
		// "…, reported X" after a plain comma, as "…, X reported": the
		// reporter speaks (a news medium among them, whose role as a
		// source the graph keeps: build --sources).
		{"CommaReportedBody", "Shipments of major home appliances in February rose 9.1 pct to 3.5 mln, up from 3.2 mln a year ago, reported the Association of Home Appliance Manufacturers.",
			[]string{"Association of Home Appliance Manufacturers"}},
		{"CommaReportedMedium", "The minister will resign next week, reported the Financial Times.", []string{"Financial Times"}},
		{"ThinkTankAfterState", "Users upload content, according to a report by UK think-tank Demos. It said the trend would go on.",
			[]string{"Demos", "Demos"}},
		// "He said" two sentences after an unnamed company spokesman,
		// with only figures between, is the spokesman again; not when a
		// person was named between.
		{"SpokesmanTwoBack", "A Halvor Corp spokesman said the deal calls for payment at closing. Of this, 21 mln dlrs was to be paid later. He said Brede Ltd wants changes.",
			[]string{"Halvor Corp", "Halvor Corp"}},
		{"SpokesmanTwoBackPerson", "A Halvor Corp spokesman said the deal calls for payment at closing. Tom Hale joined the board last year. He said Brede Ltd wants changes.",
			[]string{"Halvor Corp", "Tom Hale"}},
		// "a spokesman for consortium member <X>": wire copy's brackets
		// and two words of kind between keep the spokesman X's.
		{"SpokesmanForBracketed", "The consortium dropped the engine, a spokesman for consortium member <Halvor Plc> said. He said the launch was premature.",
			[]string{"Halvor Plc", "Halvor Plc"}},
		// A one-word name the tagger reads as a person's, which its
		// contexts mark as a body ("said it plans"), is one for "It
		// said" and "the company said"; a given name is not.
		{"OneWordBodyIt", "Zantox said it plans to convert banks. It said it expects benefits.", []string{"Zantox", "Zantox"}},
		{"OneWordBodyCompany", "Zantox said it plans to convert banks. The company said it expects benefits.", []string{"Zantox", "Zantox"}},
		{"OneWordGivenName", "Emily said it was hard. She said she was tired.", []string{"Emily", "Emily"}},
		// "the museum", "the institute": the one body whose name holds
		// the noun; no other body is one. "The department said" many
		// sentences on: the department the article named.
		{"TheMuseumSaid", "The Halvor Museum Foundation said it is in talks. The museum said it is hopeful of a plan.",
			[]string{"Halvor Museum Foundation", "Halvor Museum Foundation"}},
		{"TheMuseumNoMuseum", "Halvor Corp said it bought the site. The museum said it was sad.", []string{"Halvor Corp"}},
		{"TheOfficeSaid", "Exports fell 2 pct, the Halvor Customs Office said. Imports were steady. Imports rose by 5 pct, the office said.",
			[]string{"Halvor Customs Office", "Halvor Customs Office"}},
		{"TheBureauSaid", "Inflation was 0.6 pct, the Halvor Bureau of Statistics said. The rate for five months was 7.5 pct, the bureau said.",
			[]string{"Halvor Bureau of Statistics", "Halvor Bureau of Statistics"}},
		{"TheOfficeNoBody", "Tom Hale left his office early. The office said he was ill.", nil},
		{"TheAssociationSaid", "Orders fell, the Halvor Machine Builders Association said. Exports rose. The association said prices were stable.",
			[]string{"Halvor Machine Builders Association", "Halvor Machine Builders Association"}},
		{"TheDepartmentFarBack", "Orders rose 2 pct in March, the Halvor Department of Trade said. Steel orders rose. Car orders fell. " +
			"Food orders rose. Machine orders fell. Ship orders rose. Plane orders fell. Chemical orders rose, the department said.",
			[]string{"Halvor Department of Trade", "Halvor Department of Trade"}},
		// "…, it said" goes on with the body that spoke, though the
		// sentences between name another; not after others spoke unnamed,
		// and not in a sentence that is no tag ("It said" opens it).
		{"ItTagAfterOtherBody", "Halvor Corp said it bought Brede Ltd. Brede Ltd has 300 staff. Brede Ltd should be profitable from July, it said.",
			[]string{"Halvor Corp", "Halvor Corp"}},
		{"ItTagAfterUnnamed", "Halvor Corp said it bought Brede Ltd. But diplomats said Brede Ltd was weak. Brede Ltd should be profitable from July, it said.",
			[]string{"Halvor Corp"}},
		{"ItTagTooFar", "Halvor Corp said it bought Brede Ltd. Brede Ltd has 300 staff. Brede Ltd has four plants. Brede Ltd makes steel. Brede Ltd should be profitable from July, it said.",
			[]string{"Halvor Corp"}},
		// A participle after "be" is the verb of the subject right before
		// it, not the sentence subject's "…, saying".
		{"ProgressiveOwnSubject", "Chief executive Tom Hale stepped down last week and creditors have been pushing for a greater say.",
			nil},
		{"ProgressiveSentenceSubject", "Tom Hale resigned. He is also claiming the board misled him.", []string{"Tom Hale"}},
		// A body's latest report or figures, or its inquiry, speak for it.
		{"LatestReport", "Oxfam's latest report said aid budgets were half their 1960 levels.", []string{"Oxfam"}},
		// "made the remarks", "made his comments", "made an appeal": a
		// statement, with any determiner before the noun.
		{"MadeRemarks", "Tom Hale made his remarks during a speech in London.", []string{"Tom Hale"}},
		{"MadeAppeal", "Tom Hale has made an appeal for unity.", []string{"Tom Hale"}},
		{"InquiryFound", "Sir Tom Hale's inquiry also found the minister's account had been wrong.", []string{"Tom Hale"}},
		{"LatestFigures", "Halvor Corp said sales rose. Its latest figures said costs would fall.", []string{"Halvor Corp", "Halvor Corp"}},
		// An apology is a statement; "announced yesterday plans" and
		// "plans unveiled by X" state a position as "announced plans"
		// does; "announced on Monday a new handset" is an act.
		{"Apologised", "Tom Hale has apologised to the two families.", []string{"Tom Hale/+1"}},
		{"AnnouncedYesterdayPlans", "Halvor Corp announced yesterday plans to merge with Brede Gold.", []string{"Halvor Corp"}},
		{"AnnouncedOnMondayAct", "Halvor Corp announced on Monday a new handset.", nil},
		{"PlansUnveiledBy", "Plans to abolish 162 quangos have been unveiled by the Liberal Democrats.", []string{"Liberal Democrats"}},
		{"ThingUnveiledBy", "The new handset was unveiled by Halvor Corp on Monday.", nil},
		// "declared a dividend", "declared bankruptcy": acts; "declared
		// that …" states a position.
		{"DeclaredDividend", "Halvor Corp declared a quarterly dividend of 10 cts a share.", nil},
		{"DeclaredBankruptcy", "Halvor Corp declared bankruptcy last week.", nil},
		{"DeclaredThat", "Tom Hale declared that the plan had failed.", []string{"Tom Hale"}},
		// A relative after a dash or an opening bracket has the name
		// before them as its antecedent.
		{"DashRelative", "Halvor Group - which said profits would fall - cut 200 jobs.", []string{"Halvor Group"}},
		// A person named in an apposition after the words that describe
		// the person ("playwright Hale"); not after a relative or a
		// preposition of examples.
		{"DescribedInApposition", "But the book's author, US novelist Tom Hale, says it is all about grief.",
			[]string{"Tom Hale"}},
		{"DescribedWithArticle", "Its rival, the veteran actor Kim Hale, said the film was weak.",
			[]string{"Kim Hale"}},
		{"DescribedBodyInApposition", "One of the losing bidders, steel giant Halvor Group, said it would bid again.",
			[]string{"Halvor Group"}},
		{"DescribedBodyWithState", "Its rival, the German carmaker BMW, said sales rose.", []string{"BMW"}},
		{"RelativeNotDescription", "Halvor Group, which employs Anna Brede, said profits rose.",
			[]string{"Halvor Group"}},
		{"ExampleNotDescription", "Certain broadcasters, like Dorian Vale, claim the rules are unfair.",
			nil},
		// "They" a sentence or two after a party spoke is the party, when
		// no other party came between; a plural present reporting verb
		// ("claim") after a name or after "they" opening the sentence.
		{"PartyThey", "The Tories say the tax will fall. However, they will face checks. They claim that crime has risen.",
			[]string{"Conservative Party", "Conservative Party"}},
		// "The rural affairs minister said" after a lead that named one
		// person without a title is that person (namedJustBefore); not
		// when two people were named, not a spokesman, not an office the
		// people list gives someone else.
		{"OfficeOfThePersonNamedBefore", "Tomas Herrey has said the law is clear. The rural affairs minister said it would work.",
			[]string{"Tomas Herrey", "Tomas Herrey"}},
		{"PortfolioWithAnd", "Tomas Herrey has said the law is clear. The work and pensions secretary said it would work.",
			[]string{"Tomas Herrey", "Tomas Herrey"}},
		{"OfficeAfterTwoPeople", "Tomas Herrey met Anna Pell. The minister said it would work.", nil},
		// The same with the office's body before it: "The Tory leader
		// said" is the one person named before, not the party; not when
		// the sentence names him apart from the title.
		{"BodysOfficeOfThePersonNamedBefore", "Tomas Herrey has launched an attack on the asylum system. The Tory leader said councils had spent too much.",
			[]string{"Tomas Herrey"}},
		{"BodysOfficeBesideThePersonNamed", "Tomas Herrey has said the law is clear. The Tory leader said Mr Herrey was wrong.",
			[]string{"Tomas Herrey", "Conservative Party"}},
		{"SpokesmanIsSomeoneElse", "Tomas Herrey has said the law is clear. The spokesman said it would work.",
			[]string{"Tomas Herrey"}},
		{"OfficeTheListGivesAnother", "Tony Blair has said the law is clear. The president said it would work.",
			[]string{"Tony Blair"}},
		{"OtherPartyBetween", "Senior Tories told the BBC the plan was wrong. The bill is expected to be amended by the Liberal Democrats. They have said the scheme is flawed.",
			[]string{"Conservative Party"}},
		{"OtherPartySpokeBetween", "Senior Tories told the BBC the plan was wrong. The bill is expected to be opposed by the Liberal Democrats. They have said the scheme is flawed.",
			[]string{"Conservative Party", "Liberal Democrats/-1", "Liberal Democrats/-1"}},
		// "defended" states a position; "will defend" a title is a plan.
		{"Defended", "Foreign Secretary Tomas Herrey has defended plans to end the arms embargo.", []string{"Tomas Herrey/+1"}},
		{"WillDefend", "Tomas Herrey will defend his 200m title in the trials.", nil},
		{"PluralPresentClaim", "Yukos lawyers claim the auction was illegal.", []string{"Yukos"}},
		// After a possessive the noun reading of a word that is also a
		// reporting verb: the possessor speaks.
		{"PossessiveClaims", "A court rejected Halvor Steel Co's claims that the accord was void.", []string{"Halvor Steel Co/-1"}},
		{"TheyWantInClause", "Halvor Telecom advises customers to use call barring if they want to stop calls.", []string{"Halvor Telecom"}},
		// "the Fed chairman", "the Opec chief": the person the article
		// named as the head of that body, also when the title carries the
		// body ("Fed chairman") or an honorific stands between title and
		// name ("chairman Mr Halvorsen").
		{"TitleCarriesItsBody", "Fed chairman Alan Greenspan spoke in London on Friday. Later the Fed chairman said the deficit would stabilise.",
			[]string{"Alan Greenspan"}},
		{"ChiefIsTheHead", "Opec president Ahmed Marzouk met ministers. The Opec chief said output would fall.", []string{"Ahmed Marzouk"}},
		{"HonorificAfterTitle", "The dollar rose after the Federal Reserve head said the deficit would stabilise. On Friday, Federal Reserve chairman Mr Halvorsen's speech sent the dollar higher.",
			[]string{"Halvorsen"}},
		// A body named in an apposition to a description that opens the
		// sentence speaks; not the object of "by" inside the description,
		// nor an apposition that names no one.
		{"DescriptionThenName", "The firm, Halvor Steel Co, said that it hoped to sell shares.", []string{"Halvor Steel Co"}},
		{"OneOfThem", "One of the jilted bidders, Halvor Steel Co, said it welcomed the news.", []string{"Halvor Steel Co"}},
		{"ObjectOfBy", "About 9,000 miners employed by the state firm, Halvor Steel Co, declared a strike.", nil},
		{"NoName", "The newspaper, quoting official sources, said the terms would be similar.", nil},
		// The people who run a named company speak for it; those of a
		// kind of company or of a place do not.
		{"CompanyExecutives", "Halvor Steel Co executives said the plant would close.", []string{"Halvor Steel Co"}},
		{"PossessiveDirectors", "Halvor Steel Co's directors have argued that the offer is too low.", []string{"Halvor Steel Co"}},
		{"IndustryBossesOfAPlace", "Halvor Steel Co cut jobs. Later, steel industry bosses in Norway said the plant would close.", nil},
		// A person who opens the sentence speaks across more than one
		// apposition.
		{"TwoAppositions", "But, Tomas Herrey, a board member of Germany's central bank, the Bundesbank, said that trading should stay in Frankfurt.",
			[]string{"Tomas Herrey"}},
		{"SeatAndCounty", "Mr Varley, MP for Henley-on-Thames, Oxfordshire, said he suspected Labour was wrong.", []string{"Varley"}},
		// A comma inside a firm's name opens no apposition.
		{"FirmWithCommasInApposition", "Mara Quist, head of research at Quill, Tasker and Co Inc, said the shares were cheap.", []string{"Mara Quist"}},
		// The names of a "whose" clause after the subject are no subject.
		{"WhoseClauseNamesAPerson", "Halvor Steel Co, whose chief executive, Tomas Herrey, once ran a bank, said it would cut jobs.", []string{"Halvor Steel Co"}},
		{"WhoseClauseListsNames", "Halvor Steel Co, whose brands include Penfolds, Rosemount and Lindemans, dismissed the offer as inadequate.", []string{"Halvor Steel Co/-1"}},
		{"RelativeInApposition", "Tomas Herrey, head of Tiga, which represents developers, said that more firms would fail.", []string{"Tomas Herrey"}},
		// An apposition whose closing comma the writer left out, with a
		// title in it; not a participle phrase.
		{"OpenApposition", `Tomas Herrey, PTC president and conservative activist said: "The channel is selling sex to kids."`, []string{"Tomas Herrey"}},
		{"OpenAppositionPossessive", "Tomas Herrey, member of the Halvor Steel Co's oversight committee said the plan would work.", []string{"Tomas Herrey"}},
		// A body of an organisation named with "'s" speaks for it.
		{"PossessorsCommittee", "The Halvor Steel Co's national executive committee said it was satisfied with the plan.", []string{"Halvor Steel Co"}},
		{"PersonFromBody", "Tomas Herrey from the Halvor Steel Co told reporters the plant would close.", []string{"Tomas Herrey"}},
		{"OpenAppositionAfterWords", "The plan remains on course, Tomas Herrey, Labour's election strategist told reporters.", []string{"Tomas Herrey"}},
		{"OpenParticiple", "Tomas Herrey, speaking to reporters said the plan would work.", nil},
		// "The commission" is the commission named before, whatever
		// other body came after it.
		{"CommissionNamedBefore", "The Halvor Commission on Fair Trade met on Monday. Its chairman Tom Ash said Halvor Bank held the shares. The commission said it suspected fraud.",
			[]string{"Tom Ash", "Halvor Commission on Fair Trade"}},
		// The wire's round brackets around a company that is not listed.
		{"BracketedCompany", "(Halvor Steel Co) said it agreed to buy a stake in (Varnholt Mining Ltd).", []string{"Halvor Steel Co"}},
		// The wire's angle brackets around a company's name before an
		// apposition.
		{"AngleBracketsBeforeApposition", "<Halvor Steel Co>, 65 pct owned by Varnholt Mining Ltd <VML>, said it will begin output.", []string{"Halvor Steel Co"}},
		// A day or a linking adverb between the subject and its verb.
		{"MeanwhileBetween", "Tomas Herrey meanwhile told the BBC the plan would fail.", []string{"Tomas Herrey"}},
		{"TodayBetween", "Halvor Steel Co today said it would cut 500 jobs.", []string{"Halvor Steel Co"}},
		// A body's board, secretariat or management speaks for it.
		{"BoardOfBody", "Halvor Steel Co cut jobs. The Halvor Steel Co board said the offer was too low.", []string{"Halvor Steel Co"}},
		{"Secretariat", "The OECD secretariat said growth would slow.", []string{"OECD"}},
		// The firm of an analyst quoted in between is not "the company".
		{"CompanyIsNotTheAnalystsFirm", `Halvor Steel Co raised its dividend. "It is a strong result," said Tom Ash, an analyst at Merrill Lynch. The company also said it would cut jobs.`,
			[]string{"Tom Ash", "Halvor Steel Co"}},
		// "The official" is the unnamed official the article introduced,
		// whoever spoke in between.
		{"TheOfficialAgain", "The summit gave the International Monetary Fund more power, a senior IMF official said. Canada, Japan and Italy agreed at the summit to use new indicators. But the official said peer pressure would help.",
			[]string{"International Monetary Fund", "Canada", "Japan", "Italy", "International Monetary Fund"}},
		// "he added" after a quotation of two sentences is the unnamed
		// spokesman's, who spoke for the company before the quotation;
		// the kind of body may stand between "for" and its name. The
		// sentence that opens the quotation is the company's too.
		{"SpokesmanAfterQuotation", `Jane Orme wrote the report. A spokesman for carmaker Halvor Motor Co said the plant would close. "We have no choice. We looked at every option," he added.`,
			[]string{"Jane Orme", "Halvor Motor Co", "Halvor Motor Co", "Halvor Motor Co"}},
		{"DocumentFound", "Provisional data from the Bundesbank showed the money stock grew by seven pct. A study by the Kesteven Institute found that exports would slow.",
			[]string{"Bundesbank", "Kesteven Institute"}},
		{"BodyFoundIsNoReport", "Qorvane Steel Co found a buyer for its plant. Shares of Qorvane Steel Co showed a gain on Monday.",
			nil},
		{"PluralSubjectsStance", "The Liberal Democrats also oppose the plans. Italy and Germany favour an early start to talks.",
			[]string{"Liberal Democrats/-1", "Italy/+1", "Germany/+1"}},
		{"BodysDataShowed", "Separately, the Bundesbank data showed bank lending rose in March.",
			[]string{"Bundesbank"}},
		{"StanceOfIncludedNames", "Several consumer countries, including Britain and Belgium, favour the buffer stock plan.",
			[]string{"United Kingdom/+1", "Belgium/+1"}},
		{"PluralPresentReporting", "The Liberal Democrats accuse Mr Blair of making a hollow speech. But the Conservatives and the Scottish National Party insist voters face higher taxes.",
			[]string{"Liberal Democrats/-1", "Conservative Party", "Scottish National Party"}},
		{"PostNominalLetters", "Director of Public Prosecutions, Adam Pellow QC, who sits on the council, said the principle was sound. Jane Corran KC said it was not.",
			[]string{"Adam Pellow", "Jane Corran"}},
		{"FutureIsNoStatement", "Tony Blair will announce the date of the election on Monday.",
			nil},
		{"StanceNounIsNoVerb", "Only Sri Lanka and Bangladesh receive IMF support. The plant has full government support.",
			nil},
		{"CompanyInWireBrackets", "<Qorvane Steel Ltd> said a new subsidiary has signed a contract.",
			[]string{"Qorvane Steel Ltd"}},
		{"CompanyAfterItsStatesPossessive", "Shares of Qorvane Steel Co fell. Brazil's Qorvane Steel Co, the country's largest steelmaker, said demand would stay weak.",
			[]string{"Qorvane Steel Co"}},
		{"StateBodyAfterItsStatesPossessive", "Brazil's Finance Ministry said the tariffs would stay.",
			[]string{"Brazil"}},
		{"StateAfterAPersonsPossessive", "Marta Olsen's Norway, a new memoir, says the talks failed.",
			nil},
		{"InvertedNounBeforeTitle", "\u201cOrders rose again in May,\u201d said company chairman Alan Brookfield.",
			[]string{"Alan Brookfield"}},
		{"InvertedTwoNounsBeforeTitle", "\u201cPrices will ease,\u201d said ISM survey chairman Ruth Okafor.",
			[]string{"Ruth Okafor"}},
		{"LabelledIsJudgement", "Gordon Brown met union leaders. Michael Howard labelled the budget a shambles.",
			[]string{"Michael Howard/-1"}},
		{"TitleWordAsSurname", "\u201cThe outlook has improved,\u201d said Mervyn King.",
			[]string{"Mervyn King"}},
		{"AttackInWordsNotArms", "Charles Kennedy has attacked the decision by the judges. Rebels attacked the village at dawn, and Russia attacked Georgia.",
			[]string{"Charles Kennedy/-1"}},
		// A surname after an honorific joins the full name the tagger
		// read as an organisation's, and "she" is that person.
		{"SheAfterHonorificSurname", "The SNP's Nicola Thurgood has demanded to know who signed off the leave. Ministerial responsibility rests with Rhona Bracken, the deputy health minister. Ms Bracken said the first minister had called for a review. Ms Thurgood has written to the first minister asking for clarification. She said questions must be answered about his escape.",
			[]string{"Nicola Thurgood", "Rhona Bracken", "Nicola Thurgood"}},
		{"AttackOnAStatesPolicy", "Charles Kennedy has attacked UK policy on asylum. Tomas Herrey attacked government tax plans. Rebels attacked army posts at dawn.",
			[]string{"Charles Kennedy/-1", "Tomas Herrey/-1"}},
		{"ClauseAfterWhileSpeaksOnItsOwn", "Chile said it would cut its tariffs, while Peru rejected the plan as too timid.",
			[]string{"Chile", "Peru"}},
		{"PresentTenseReporting", "Analyst Ruth Okafor predicts that exports will grow. \u201cThe pound is too weak,\u201d explains Ms Okafor.",
			[]string{"Ruth Okafor", "Ruth Okafor"}},
		{"InvertedAfterQuote", "\u201cThe talks were productive,\u201d said Dmitry Peskov, the Kremlin spokesman.",
			[]string{"Dmitry Peskov/+1"}},
		{"QuoteThenSubject", "\u201cThis is a dangerous mistake,\u201d Zelensky said.",
			[]string{"Volodymyr Zelensky/-1"}},
		{"SaidColonHedge", "Dmitry Peskov said: \u201cIt is premature to say that a deal is close.\u201d",
			[]string{"Dmitry Peskov/+0"}},
		{"AccordingToOfficial", "The plan has 28 points, according to a U.S. official.",
			[]string{"United States/+0"}},
		{"PassiveAgent", "The visit was confirmed by Kremlin aide Yuri Ushakov.",
			[]string{"Yuri Ushakov/+0"}},
		{"WarnedIsNegative", "Sergei Lavrov warned that any changes would alter the situation.",
			[]string{"Sergei Lavrov/-1"}},
		{"NotOptimistic", "Dmitry Peskov said the Kremlin was not optimistic about a deal.",
			[]string{"Dmitry Peskov/-1"}},
		{"NoProgress", "Dmitry Peskov said there was no progress in the talks.",
			[]string{"Dmitry Peskov/-1"}},
		{"SentenceInitialHe", "Sergei Lavrov met reporters in Moscow. He rejected the plan.",
			[]string{"Sergei Lavrov/-1"}},
		{"SheSkipsMan", "Donald Trump met Karoline Leavitt on Monday. She said the talks were productive.",
			[]string{"Karoline Leavitt/+1"}},
		{"NounOfSayingAfterPossessive", "Unions walked out on Monday. The strike follows Halvor Pike's announcement in July that 400 jobs would be cut.",
			[]string{"Halvor Pike"}},
		{"PossessiveNounWithoutWords", "Unions walked out on Monday. Halvor Pike's announcement was welcomed by the staff.",
			nil},
		{"SheSkipsManOfListedName", "Hector Salgado met Marta Quispe in Lima. She said the talks had stalled.",
			[]string{"Marta Quispe"}},
		{"HeSkipsWomanOfListedName", "Imelda Ferraro met Gary Pike in Rome. He said the talks had stalled.",
			[]string{"Gary Pike"}},
		{"HeInsideSentence", "Volodymyr Zelensky met Emmanuel Macron, and he said the talks were useful.",
			[]string{"Volodymyr Zelensky/+1"}},
		{"UnnamedOfficials", "Ukrainian officials said the proposal was unacceptable.",
			[]string{"Ukraine/-1"}},
		{"KremlinSaidAtEnd", "Steve Witkoff will visit Moscow next week, the Kremlin said.",
			[]string{"Russia/+0"}},
		{"KremlinAides", "Kremlin aides have privately expressed skepticism about the plan.",
			[]string{"Russia/-1"}},
		{"HeadlineColon", "Peskov: no progress in the talks",
			[]string{"Dmitry Peskov/-1"}},
		{"RoleAfterAppositive", "Yuri Ushakov, Putin\u2019s foreign policy aide, met Steve Witkoff. Putin\u2019s foreign policy aide said the meeting was useful.",
			[]string{"Yuri Ushakov/+1"}},
		{"RoleFromTitle", "Kremlin spokesman Dmitry Peskov spoke on Monday. Later, the Kremlin spokesman said the talks were constructive.",
			[]string{"Dmitry Peskov/+1"}},
		{"ParenthesisSkipped", "Senator Marco Rubio, who met Ukrainian negotiators in Florida, described the talks as productive.",
			[]string{"Marco Rubio/+1"}},
		{"IncludingNamesSpeaker", "European leaders, including French President Emmanuel Macron, criticised the plan.",
			[]string{"Emmanuel Macron/-1"}},
		{"MediaGivesWay", "Reuters reported that Volodymyr Zelensky said the talks were productive.",
			[]string{"Volodymyr Zelensky/+1"}},
		{"TwoSpeakers", "The Kremlin rejected the plan, while Ukrainian officials said it was a good start.",
			[]string{"Russia/-1", "Ukraine/+1"}},
		{"EmbeddedVerbIsContent", "Sergei Lavrov stated that Moscow might reject the framework.",
			[]string{"Sergei Lavrov/-1"}},
		{"CriticismFrom", "The proposal drew criticism from Kyiv.",
			[]string{"Ukraine/-1"}},
		{"AlarmedObject", "The plan alarmed Ukrainian and European officials.",
			[]string{"Ukraine/-1"}},
		{"ConcessiveIgnored", "Rustem Umerov said the talks achieved progress, though some issues remain unresolved.",
			[]string{"Rustem Umerov/+1"}},
		{"ParticipleSameSpeaker", "Vladimir Putin acknowledged the need for talks, saying every word matters.",
			[]string{"Vladimir Putin"}}, // one statement; its sign is the calibration's call
		{"ExpressedWillingness", "Vladimir Putin has expressed a willingness to consider the plan.",
			[]string{"Vladimir Putin/+1"}},
		{"RemainsFirmAgainst", "Volodymyr Zelensky remains firm against ceding territory.",
			[]string{"Volodymyr Zelensky/-1"}},
		{"NegatedCue", "Volodymyr Zelensky did not reject the plan.",
			[]string{"Volodymyr Zelensky/+1"}},
		{"ItAddedAfterOrganisation", "The Kremlin said talks would go ahead. It added that a deal was possible.",
			[]string{"Russia/+0", "Russia/+0"}},
		{"ItAfterTheSubjectBody", "Borussia Dortmund will get short-term loans to pay salaries. It estimated that it needs 30m euros.",
			[]string{"Borussia Dortmund/+0"}},
		// "It" after a sentence someone else reports is the reporter, a
		// paper the gazetteer lists or not, not the state the reported
		// sentence opens with.
		{"ItAfterAReportedSentence", "China will be short of sorghum this year, the China Daily said. It said output fell.",
			[]string{"China Daily/+0", "China Daily/+0"}},
		{"ItAfterASentenceAnUnknownReports", "China will be short of sorghum this year, the Harbin Evening Gazette said. It said output fell.",
			[]string{"Harbin Evening Gazette/+0", "Harbin Evening Gazette/+0"}},
		{"ItAfterAnotherBodySpoke", "SmithKline Beckman said its earnings would rise. In 1986, Allergan had sales of 433 mln dlrs. It said its unit would grow.",
			[]string{"SmithKline Beckman/+0"}},
		{"ItAfterADescribedName", "Gold miner Galactic Resources rose sharply. It announced plans to merge with Quartz Mountain Gold.", nil},
		// A capital glued to "-based" is one word with it in a
		// description of the body that speaks.
		{"DescriptionWithAPlaceBased", "The OECD cut its forecast on Tuesday. However, the Paris-based economics think tank said it believed growth would return.",
			[]string{"OECD"}},
		{"ItAfterAPluralName", "The Liberal Democrats unveiled their manifesto. It said taxes would rise.", nil},
		// A name that ends in "s" is one body when the story never gives
		// it "the" or a plural verb: a company's.
		{"ItAfterACompanyNamedWithS", "Regulators fined Norbridge Holdings on Monday. It said the fine was unfair.",
			[]string{"Norbridge Holdings/-1"}},
		{"ItAfterASingularVerb", "Norbridge Holdings was fined on Monday. It said the fine was unfair.",
			[]string{"Norbridge Holdings/-1"}},
		{"ItAfterAPluralVerb", "The Norbridge Holdings were fined on Monday. It said the fine was unfair.", nil},
		{"StateDescribesTheNamedBody", "West German engineering union IG Metall said it would strike. According to Russian newspaper Vedomosti, the deal was signed.",
			[]string{"IG Metall/+0", "Vedomosti/+0"}},
		{"WishesAndPlansArePositions", "The Liberal Democrats want a cap on fees. Acme Corp plans to build a plant in Ohio.",
			[]string{"Liberal Democrats/+1", "Acme Corp/+0"}},
		{"PlanInAClauseAboutSomeone", "Mrs Smith was the relative with whom Giuseppe Verdi planned to stay.", nil},
		{"PlanInsideAnotherStatement", "Paul Reis told Reuters the Liberal Front Party wanted a full inquiry.", []string{"Paul Reis"}},
		{"PlanReportedBySomeoneElse", "Acme Corp had planned to offer a new mortgage, according to Duncan Young, its managing director.",
			[]string{"Duncan Young/+0"}},
		{"PluralPresentOfOfficials", "British ministers welcome the plan. Japanese officials want talks on beef.",
			[]string{"United Kingdom/+1", "Japan/+1"}},
		{"PositionsNamedByNouns", "The plan drew support from Germany. The drug was hit by the rejection by the United States in October. Tony Blair's refusal to accept the clause angered MPs.",
			[]string{"Germany/+1", "United States/-1", "Tony Blair/-1"}},
		{"ApprovalSoughtIsNoPosition", "Acme Corp sought approval from the Federal Reserve to buy the bank.", nil},
		{"AttitudeAfterACopula", "Michael Howard, however, was dismissive of the plan. Apple is particularly keen to sell more. The Fed is not keen on a rate rise.",
			[]string{"Michael Howard/-1", "Apple/+1", "Federal Reserve/-1"}},
		{"AttitudeAfterAPerfectCopula", "The Fed had initially been reluctant to raise rates. Labour has long been critical of the plan.",
			[]string{"Federal Reserve/-1", "Labour Party/-1"}},
		{"BeenWithoutAttitudeIsNoStatement", "Emmanuel Macron has been in office since 2017.", nil},
		// "governments" is a noun of officials and of a group: the
		// group of states the text spoke of.
		{"GovernmentsOfTheCoordination", "Talks between Ireland and Britain ended on Monday. The two governments said progress had been made.",
			[]string{"Ireland", "United Kingdom"}},
		// A description that counts its group is the last list of that
		// many names of its kind, wherever the list stood ("fined A, B
		// and C"); not one body named twice, nor a list of a different
		// size.
		{"CountedGroupOfAnObjectList", "Regulators fined Barclays, HSBC and Lloyds on Monday. The three banks denied any wrongdoing.",
			[]string{"Barclays/-1", "HSBC/-1", "Lloyds/-1"}},
		{"CountedGroupOfAnotherSize", "Regulators fined Barclays, HSBC and Lloyds on Monday. The two banks denied any wrongdoing.", nil},
		{"CountedGroupNotAnApposition", "Delegates of the International Cocoa Organization, ICCO, met on Monday. Both sides said they would compromise.", nil},
		{"GroupDescriptionSecondVerb", "Toyota and Honda cut prices. The two companies gave no details but said sales would rise.",
			[]string{"Toyota", "Honda"}},
		{"SideTakerAfterACopula", "Emmanuel Macron is a long-time supporter of the accord. Viktor Orban was the fiercest critic of the plan.",
			[]string{"Emmanuel Macron/+1", "Viktor Orban/-1"}},
		{"OtherNounAfterACopulaIsNoStatement", "Airbus is a supplier of parts. Emmanuel Macron was a member of the board.", nil},
		{"AsFarAsIsNoAttitude", "As far as Britain is concerned, the deal is done.", nil},
		{"PeopleAreNoState", "Russians were worried about the rouble.", nil},
		{"PassiveAfterAnAdverb", "Denmark was also expected to see a slump in demand.", nil},
		{"TooOptimistic", "Dmitry Peskov said the forecasts were too optimistic.",
			[]string{"Dmitry Peskov/-1"}},
		{"BackedIsSupport", "Emmanuel Macron backed the ceasefire proposal.",
			[]string{"Emmanuel Macron/+1"}},
		{"OfficialsInCapital", "Russia attacked Ukraine again. Officials in Kyiv said on Thursday that the draft contained unacceptable demands.",
			[]string{"Ukraine/-1"}},
		{"MediaQuotedAsSaying", "Russian state media quoted Deputy Foreign Minister Sergei Ryabkov as saying that Moscow would not accept peacekeepers.",
			[]string{"Sergei Ryabkov/-1"}},
		{"DayBetweenSubjectAndVerb", "The European Commission on Friday proposed a new budget for Ukraine.",
			[]string{"European Commission"}}, // the speaker; the sign is the calibration's call
		{"AppositiveNameBeatsRole", "Turkish President Tayyip Erdogan spoke first. Its president, Ursula von der Leyen, said the measures were useful.",
			[]string{"Ursula von der Leyen/+1"}},
		{"RoleCalledOtherwise", "David Lammy visited Kyiv on Monday. The foreign secretary said Britain would stand by Ukraine.",
			[]string{"David Lammy/+1"}},
		// The role is tested; the sign of an obligation on no actor ("the war
		// had to end") is the calibration's call.
		{"RoleCalledOtherwiseDefence", "John Healey visited Kyiv on Monday. The defence secretary said the war had to end.",
			[]string{"John Healey"}},
		{"RoleOfTwoPeopleNoSpeaker", "Marco Rubio met Sergei Lavrov in Riyadh. The foreign minister said the talks were useful.", nil},
		{"DashParenthesisSubject", "Deutsche Bank - itself a target of the lawsuit - said documents had been backdated.",
			[]string{"Deutsche Bank"}},
		{"ParticipleAfterCommaAndAdverb", "Tom Halvey spoke on Monday. He has brought the same drama to talks with other partners, including Japan and Canada, publicly threatening new tariffs.",
			[]string{"Tom Halvey/-1"}},
		{"PersonBeforeTwoAppositions", "John Halvey, an economist at Barmouth Bank, the regional lender, said rates would rise.",
			[]string{"John Halvey/+0"}},
		{"PersonBeforeAppositionAndRelative", "Frank Naylor, chairman of the Harlow Credit Administration, which regulates farm lenders, said the market would be positive.",
			[]string{"Frank Naylor/+1"}},
		{"QuotationAfterTheNameAfterSaid", "A ministry spokesman, Dan Harel, said Turkey \"has no role to play\" in the talks.",
			[]string{"Dan Harel"}}, // its sign is the calibration's
		{"DashParenthesisWithScareQuotes", "Halvor Group - known in the trade as the \"quiet giant\" - said demand had fallen.",
			[]string{"Halvor Group"}},
		{"TitledNamesCoordinated", "Chinese President Xi Jinping and Russian President Vladimir Putin pledged on Thursday to deepen their partnership.",
			[]string{"Xi Jinping/+1", "Vladimir Putin/+1"}},
		{"ColonBeforeAQuotation", "Tom Halvey met the inquiry. Halvey: 'I was not leant on'",
			[]string{"Tom Halvey"}},
		{"ColonBeforeATopic", "Tom Halvey met the inquiry. Halvey: Sweden drops the investigation",
			nil},
		{"ColonOfALineUp", "Harlow Rovers: Martyn, Hibbert, Yobo, Stubbs.", nil},
		{"ColonOfACaption", "Tom Halvey met the inquiry. (Halvey: Global assets in 2019 - here)", nil},
		{"DashParenthesisNamesTheSubject", "The only two states to have signed treaties with Norway - Sweden and Finland - also criticised the plan.",
			[]string{"Sweden/-1", "Finland/-1"}},
		{"DashParenthesisAfterPreposition", "Two airlines in the US - American and Southwest - have blamed fuel prices for their results.", nil},
		{"CataphoricPronoun", "Donald Tusk met reporters. Asked whether he trusted Putin, Donald Trump told reporters that talks were useful.",
			[]string{"Donald Trump/+1"}},
		// The other side's clause is cut from the Kremlin's words (the
		// Kremlin stays +1) and is Kyiv's own judgment of the proposal.
		{"OtherSideClauseCut", "The Kremlin said Vladimir Putin was ready to meet, a proposal Kyiv dismissed as unserious.",
			[]string{"Russia/+1", "Ukraine/-1"}},
		{"NegatorBindsNearest", "Andriy Yermak said Ukraine would never recognise occupied territories.",
			[]string{"Andriy Yermak/-1"}},
		{"DismissedFromOffice", "Volodymyr Zelensky dismissed his army chief on Friday.", nil},
		{"DismissedAPerson", "Tomas Herrey dismissed Anna Pell on Friday.", nil},
		{"DismissedAPersonsPlan", "Tomas Herrey has dismissed Anna Pell's plan as a gimmick.", []string{"Tomas Herrey/-1"}},
		{"PhoneCallIsNoStatement", "Donald Trump called Vladimir Putin on Tuesday.", nil},
		// "called for" is a cue; the sign of a bare demand with no target is
		// the calibration's call.
		{"CalledFor", "Emmanuel Macron called for a ceasefire.", []string{"Emmanuel Macron"}},
		{"AppealedFor", "Emmanuel Macron appealed for the release of the hostages.", []string{"Emmanuel Macron"}},
		{"PleadedWith", "Emmanuel Macron pleaded with Donald Trump to keep the sanctions.", []string{"Emmanuel Macron"}},
		{"PleadedGuiltyIsNoStatement", "Paul Manafort pleaded guilty on Friday.", nil},
		{"RoleRankMustAgree", "Deputy Prime Minister John Prescott visited Kyiv. The prime minister said the talks were useful.", nil},
		{"CountryHeadlineIsNoStatement", "Ukraine: three killed in overnight strikes", nil},
		{"KremlinHeadline", "Kremlin: talks with Witkoff were useful", []string{"Russia/+1"}},
		{"HeadOfGovernmentTitledOtherwise", "Tony Blair met Chancellor Gordon Brown on Monday. The prime minister said the talks were useful.",
			[]string{"Tony Blair"}},
		{"HeadOfGovernmentBothUntitled", "Tony Blair met Gordon Brown on Monday. The prime minister said the talks were useful.",
			nil},
		{"RoleFromPeopleList", "Vladimir Putin met Steve Witkoff. The Russian president said the talks were useful.",
			[]string{"Vladimir Putin/+1"}},
		{"CoordinatedPeople", "Emmanuel Macron and Keir Starmer said the plan was unacceptable.",
			[]string{"Emmanuel Macron/-1", "Keir Starmer/-1"}},
		{"QuoteAfterSpeakerFolds", "Dmitry Peskov said: \u201cWe are ready.\u201d \u201cThe talks were useful.\u201d",
			[]string{"Dmitry Peskov/+1"}},
		{"QuoteInNewParagraphStandsAlone", "Dmitry Peskov said: \u201cWe are ready.\u201d\n\n\u201cThe talks were useful.\u201d",
			[]string{"Dmitry Peskov/+1"}},
		{"ButWeighsMore", "Vladimir Putin has said he is ready for talks but has insisted that Ukraine must give up its claims.",
			[]string{"Vladimir Putin/-1"}},
		{"RepeatedHeadlineOnce", "Kremlin says talks were useful\n\nKremlin says talks were useful\n\nThe meeting lasted five hours.",
			[]string{"Russia/+1"}},
		{"PassiveToldNoSpeaker", "Reporters were told the meeting would go ahead.", nil},
		{"UnveiledPlans", "The Liberal Democrats have unveiled plans to build 50,000 homes on public land.",
			[]string{"Liberal Democrats"}},
		{"UnveiledProductIsNoPosition", "Nokia unveiled its new handset in Helsinki on Monday.", nil},
		{"AnnouncedAPlan", "Labour announced a plan to cut hospital waiting lists.", []string{"Labour Party"}},
		{"AcronymInBrackets", "The Institute for Fiscal Studies (IFS) said taxes would have to rise.",
			[]string{"Institute for Fiscal Studies"}},
		{"PartyAndStateInBrackets", "Senator Mark Dunmore (R-Ohio) said the farm bill would fail.", []string{"Mark Dunmore"}},
		{"AgeThenRoleBetweenCommas", "Robert Hale, 58, the MP for Wantage, said he would vote against the bill.", []string{"Robert Hale"}},
		{"TwoRolesOfOnePerson", "Veteran Labour MP and former Cabinet minister Jack Hale has said he will stand down.", []string{"Jack Hale"}},
		{"CompanyRolesThenName", "Harlow Corp chairman and chief executive Mark Dunmore said the company would grow.", []string{"Mark Dunmore"}},
		{"PersonOfPlace", "The veto will stand, Republican leader Mark Dunmore of Kansas said.", []string{"Mark Dunmore"}},
		{"AnalystOfFirm", "Susan Hale of Harlow Securities said the shares were cheap.", []string{"Susan Hale"}},
		{"NamedUnitOfCompany", "Harlow Corp's Dunmore Motors unit said it would close two plants.", []string{"Dunmore Motors"}},
		{"CompanyUnderItsLongerName", "Apple Computer Inc said its sales rose in March.", []string{"Apple"}},
		{"AcronymAfterWireBrackets", "<Harlow Equity Ltd> (HEL) said it will raise 100 mln dlrs.", []string{"Harlow Equity Ltd"}},
		{"BracketsThenComma", "Senator Mark Dunmore (R-Ohio), said the farm bill would fail.", []string{"Mark Dunmore"}},
		{"BracketsInsideAnApposition", "Susan Hale, spokeswoman of the Harlow Trade Council (HTC), said the talks would go on.", []string{"Susan Hale"}},
		{"BracketsBeforeAnApposition", "The Harlow Institute (HI), financed by Mark Dunmore, has accused Poland of closing its office.", []string{"Harlow Institute"}},
		{"AlwaysBetweenSubjectAndVerb", "Mark Dunmore has always insisted that he knew nothing of the shortfall.", []string{"Mark Dunmore"}},
		{"ScottishSeatAfterName", "Susan Hale MSP said the council tax would rise.", []string{"Susan Hale"}},
		{"UnclosedApposition", "Susan Hale, an analyst at Harlow Securities said the shares were cheap.", []string{"Susan Hale"}},
		{"SpokesmanAfterOrganisation", "After talks with Harlow Steel Corp, a spokesman for Dunmore Holdings said the deal was off.", []string{"Dunmore Holdings"}},
		{"UnclosedAppositionWithoutArticle", "Mark Dunmore, chief economist at Harlow Securities said the shares were cheap.", []string{"Mark Dunmore"}},
		{"PlaceBetweenSubjectAndVerb", "Harlow Securities in London said the shares were cheap.", []string{"Harlow Securities"}},
		{"MonthBetweenSubjectAndVerb", "The Harlow Trade Council in January said the tariffs must go.", []string{"Harlow Trade Council"}},
		{"UnnamedOfficialsInACapital", "Officials with Mark Dunmore in Paris said the talks would go on.", nil},
		{"UnnamedCentralBankIsItsState", "Denmark's net official reserves rose to 36.34 billion crowns in February, the central bank said.",
			[]string{"Denmark"}},
		{"NamedCentralBank", "The Bank of Harlow cut its discount rate. The central bank said inflation was falling.",
			[]string{"Bank of Harlow"}},
		{"CentralBankIsNoCompany", "Peru owes Harlow Steel Corp 20 mln dlrs. Peru's foreign debt was 14.46 billion dollars, the central bank said.",
			[]string{"Peru"}},
		{"PersonOfTheBody", "Susan Hale of the Harlow Farmers Union said the quotas were unfair.", []string{"Susan Hale"}},
		{"HeAfterRoleThenName", "\"We will fight,\" said Mark Dunmore. The Attorney General, Peter Hale, has so far issued no instructions. He said he would consult the police.",
			[]string{"Mark Dunmore", "Peter Hale"}},
		{"HeAfterAnUnreadSubject", "\"We will fight,\" said Mark Dunmore. But Peter Hale, whose party opposes the plan as \"flawed\", was less worried. He said the plan would pass.",
			[]string{"Mark Dunmore", "Peter Hale"}},
		// "The coach" is the man who just spoke, whose "He said" follows
		// (not the object, Peter Hale).
		{"HeAfterAnObject", "\"We will fight,\" said Mark Dunmore. The coach defended Peter Hale on Monday. He said the team would win.",
			[]string{"Mark Dunmore", "Mark Dunmore", "Mark Dunmore"}},
		{"HeTagsTheClause", "Mark Dunmore met reporters on Monday. Peter Hale would lead the campaign, he said.", []string{"Mark Dunmore"}},
		{"SubjectAfterBut", "\"We will fight,\" said Mark Dunmore. But Peter Hale is in upbeat mood. \"We can win,\" he said.",
			[]string{"Mark Dunmore", "Peter Hale"}},
		{"CompanyOfItsSeat", "<Harlow Holding BV> of Rotterdam said it has licensed its technology.", []string{"Harlow Holding BV"}},
		{"PersonOfCompanyOfPlace", "Mark Dunmore of Harlow National Bank of New York said the dollar would fall.", []string{"Mark Dunmore"}},
		{"CompanyInAnAppositionOfPlace", "Harlow Corp, the U.S. unit of <Dunmore Telephone Co> of Sweden, said it won a contract.", []string{"Harlow Corp"}},
		{"StrayCommaAfterSubject", "Harlow Steel Corp chairman Mark Dunmore, said the plant would close.", []string{"Mark Dunmore"}},
		{"StrayCommaAfterCompany", "Harlow Steel Corp, said it agreed to sell its Ohio plant.", []string{"Harlow Steel Corp"}},
		{"StrayCommaBeforeAuxiliary", "Trade minister Susan Hale, has said the tariffs must go.", []string{"Susan Hale"}},
		{"CommaThenInvertedSubject", "Investors doubt Mark Dunmore, said the company.", nil},
		{"CommaThenParticipleIsNoVerb", "Mark Dunmore, said to be travelling, was not available for comment.", nil},
		{"CommaAfterObjectOfPreposition", "The plant, which Susan Hale sold to Harlow Steel Corp, said nothing.", nil},
		{"PersonOfPlaceBetweenCommas", "The chairman of the working party, Ambassador Mark Dunmore of Iceland, warned that much work was left.", []string{"Mark Dunmore"}},
		{"TheSourcesAgain", "Bank of Japan sources said the bank has no plans to cut rates. The sources also said the pact was no failure.",
			[]string{"Bank of Japan", "Bank of Japan"}},
		{"TheSourcesOfNoBody", "Bank of Japan said it would not cut rates. The sources also said the pact was no failure.", []string{"Bank of Japan"}},
		{"ItAfterASubordinator", "The Harlow Corporation cut 300 jobs in Ohio because it said demand for its pumps had collapsed.",
			[]string{"Harlow Corporation"}},
		{"ItUntilIsAnother", "The United States will not pay the fund until it agrees to stop the loans.", nil},
		{"RecallOfGoodsIsNoStatement", "Harlow Motors is recalling 20,000 pickup trucks in Ohio.", nil},
		{"RecalledThat", "Mark Dunmore recalled that the farm bill had failed twice.", []string{"Mark Dunmore"}},
		{"PutForwardProposals", "The Green Party has put forward proposals to close the airport.", []string{"Green Party"}},
		{"OutlinedItsPlans", "The Liberal Democrats outlined their plans to scrap tuition fees.", []string{"Liberal Democrats"}},
		{"TabledProposals", "The European Commission has tabled proposals to cut farm subsidies.", []string{"European Commission"}},
		{"OutlinedNoPosition", "The Liberal Democrats outlined the history of the party at the meeting.", nil},
		{"PublishedAReport", "A report published by the European Commission on Monday covers farm subsidies.", nil},
		{"AnnouncedAnAct", "Labour announced a review of hospital waiting lists.", nil},
		{"ItsOfficialAfterComma", "Harlow Corp will close two plants in Ohio, its chief executive has said.",
			[]string{"Harlow Corp"}},
		{"ItsOfficialsInsideTheWords", "In a filing with the Securities and Exchange Commission, Harlow Corp said its top officials told Dunmore executives the bid was fair.",
			[]string{"Harlow Corp"}},
		{"RoleThenNameAfterVerb", "\"The plan is sound,\" said the union's general secretary, Mark Serwotka.",
			[]string{"Mark Serwotka"}},
		{"ItsRoleThenTitledName", "Harlow Corp makes pumps. \"Sales will rise,\" said its chairman, Sir Peter Dunmore.",
			[]string{"Peter Dunmore"}},
		{"RoleOfBodyThenName", "\"The plan is sound,\" said the chairman of the committee, Barry Sheerman.",
			[]string{"Barry Sheerman"}},
		{"RoleOfBodyThenDescribedName", "\"The plan is sound,\" said the chairman of the committee, Labour MP Peter Dunmore.",
			[]string{"Peter Dunmore"}},
		{"AcronymBeforeAComma", "General Motors Corp told employees it was cutting funds. GM, the carmaker, said it cut raises.",
			[]string{"General Motors Corp", "General Motors Corp"}},
		{"FirstWordBeforeAComma", "Westmark Pump Corp told employees it was cutting funds. WPC, which makes pumps, said it cut raises.",
			[]string{"Westmark Pump Corp", "Westmark Pump Corp"}},
		{"HonorificBeforeDemonym", "Oliver Irish is an analyst at Harlow Research. \"Demand is huge,\" said Mr Irish.",
			[]string{"Oliver Irish"}},
		{"FormerHolderIsNoVoiceOfTheState", "Lord Harlow criticised the government over the Iraq war. The former cabinet secretary said he would be critical.",
			[]string{"Lord Harlow"}},
		{"FormerHolderIsNoVoiceOfTheBody", "Owen Pryce has accepted a peerage. The former Labour leader said he would take a title.", nil},
		{"FormerOfficialOfAStatesBodyIsNoVoiceOfTheState", "A former U.S. Agriculture Department official urged the department to label chicken.", nil},
		{"SpokesmanForUnnamedPeopleIsNoVoiceOfTheState", "Anna Villa lost her case against the US investment bank. A spokesman for her lawyers described the decision as \"disappointing\".", nil},
		{"RelativeAfterAListOfStates", "Italy, France and Greece, which backed the plan last year, were silent.",
			[]string{"Italy", "France", "Greece"}},
		{"RelativeInTheSingularAfterAList", "Italy, France and Greece, which has backed the plan, were silent.",
			[]string{"Greece"}},
		{"RelativeAfterTwoPeople", "He met Tomas Herrey and Anna Pell, who said the plan was sound.",
			[]string{"Anna Pell"}},
		{"PersonAfterABodyAndANoun", "Oracle has bought Peoplesoft. \"We are mourning,\" the agency quoted Peoplesoft engineer Tom Hale as saying.",
			[]string{"Tom Hale"}},
		{"PersonAfterAStateAndNouns", "On the eve of the Games, Greek sprinters Tom Hale and Anna Pell missed a drugs test and claimed to have been in a crash.",
			[]string{"Tom Hale", "Anna Pell"}},
		{"HyphenatedRank", "Tory co-chairman Tomas Herrey was speaking on Sunday. The co-chairman said the plan was wrong.",
			[]string{"Tomas Herrey"}},
		{"FormerHolderThroughHisBodyIsNoHolder", "The chancellor said the rules would force Britain to borrow. Earlier, ex-Conservative chancellor Tomas Herrey welcomed the rules. Anna Pell said the rules were not binding.",
			[]string{"Tomas Herrey/+1", "Anna Pell"}},
		{"FormerOfficialIsNoVoiceOfTheFirm", "\"The new mine will cost a lot,\" said a former official of Harlow Mining Corp.", nil},
		{"StateLedCompanyByShortName", "U.S. Pump Corp said it would open 40 plants. U.S. Pump also said sales would rise.",
			[]string{"U.S. Pump Corp", "U.S. Pump Corp"}},
		{"ContinuedAfterQuote", "Peter Dunmore runs Harlow Corp. \"Sales will rise,\" Mr Dunmore continued.",
			[]string{"Peter Dunmore"}},
		{"ContinuedInverted", "\"Sales will rise,\" continued Peter Dunmore.", []string{"Peter Dunmore"}},
		{"ContinuedBeforeColon", "Peter Dunmore continued: \"Sales will rise.\"", []string{"Peter Dunmore"}},
		{"ContinuedToAct", "Harlow Corp continued to lose money in Ohio.", nil},
		{"AskedAfterQuestion", "Peter Dunmore runs Harlow Corp. \"Why should we pay?\" he asked.", []string{"Peter Dunmore"}},
		{"AskedInverted", "\"Why should we pay?\" asked Peter Dunmore.", []string{"Peter Dunmore"}},
		{"AskedToAct", "Peter Dunmore asked the court to delay the case.", nil},
		{"ConcludedAfterQuote", "\"We will pay,\" Peter Dunmore concluded.", []string{"Peter Dunmore"}},
		{"ConcludedADeal", "Harlow Corp concluded a deal with Dunmore Mills Inc on Monday.", nil},
		{"TalksContinued", "Talks with Harlow Corp continued on Monday in Ohio.", nil},
		{"NameAfterOrgAndRole", "\"Sales will rise,\" said Harlow Corp chief executive Peter Dunmore.",
			[]string{"Peter Dunmore"}},
		{"NameAfterHyphenatedWords", "\"Sales will rise,\" said 54-year-old pump engineer Peter Dunmore.",
			[]string{"Peter Dunmore"}},
		{"FirmAfterItsRole", "Harlow Corp is raising 50 mln dlrs through an offering of notes, said lead manager Dunmore Securities Inc.",
			[]string{"Dunmore Securities Inc"}},
		{"FirmThenAs", "Harlow Corp is issuing a 100 mln dlr bond, said Dunmore Securities Inc as lead manager.",
			[]string{"Dunmore Securities Inc"}},
		{"FirmAfterItsRoleNotTheParent", "Harlow Corp, a unit of Dunmore Group Plc, is raising 50 mln dlrs through an offering of notes, said lead manager Westmark Securities Inc.",
			[]string{"Westmark Securities Inc"}},
		{"NameThenAdverb", "Peter Dunmore runs Harlow Corp. \"We won,\" said Dunmore afterwards.", []string{"Peter Dunmore"}},
		{"FirmAfterAPreposition", "Harlow Corp is planning a campaign against false claims about its product Dunmore Pumps.", nil},
		{"NameAfterTwoRoles", "\"Sales will rise,\" said Harlow vice president and treasurer Peter Dunmore.", []string{"Peter Dunmore"}},
		{"NameFromUnreadFirm", "\"Sales will rise,\" said Peter Dunmore from Harlowtech.", []string{"Peter Dunmore"}},
		{"NameAfterMisreadFirm", "\"Sales will rise,\" said Sideways producer Peter Dunmore.", []string{"Peter Dunmore"}},
		{"NameWithGeneration", "\"Sales will rise,\" said Harlow Corp chairman Peter Dunmore III.", []string{"Peter Dunmore"}},
		{"VerbAfterNameIsNoRole", "Peter Goldsmith gave his advice in March. In a book published this week, Peter Dunmore QC, a member of Harlow Chambers, says Goldsmith warned Tony Blair of the risks.", []string{"Peter Dunmore", "Peter Goldsmith"}}, // the second: what Dunmore says Goldsmith did (nestedReport)
		{"NameAfterUnlistedRole", "\"The budget is sound,\" said Treasurer Peter Costello.",
			[]string{"Peter Costello"}},
		{"NameOfEmployer", "\"Prices will fall,\" said energy analyst Orin Middleton of Barclays Capital.",
			[]string{"Orin Middleton"}},
		{"NameAfterTitleWithAnd", "\"Growth will slow,\" said Economic and Fiscal Policy Minister Kenji Harada.",
			[]string{"Kenji Harada"}},
		{"ClientsLawyers", "Harlow Corp lawyers said they would appeal against the ruling.", []string{"Harlow Corp"}},
		{"PersonsLawyers", "Peter Dunmore is on trial. Mr Dunmore's lawyers have said he was unaware of the fraud.", []string{"Peter Dunmore"}},
		{"PersonBeforeRelativeWithObject", "Tomas Neuman, who gave the stock to the Tudor Trust, of which he is trustee, said the trust sold it.", []string{"Tomas Neuman"}},
		{"PersonBeforeEmployerAppositions", "Juan Macaya, general manager of Harlow Freight Corp, a portfolio company, said he expects growth.", []string{"Juan Macaya"}},
		{"NamedLawyerSpeaks", "Peter Dunmore is on trial. Dunmore's lawyer, Ann Calloway, said the case was weak.", []string{"Ann Calloway"}},
		{"NationalityIsNoClient", "Swiss lawyers are happy with the new code.", nil},
		{"OutletsSpokesmanSpeaks", "\"We are very pleased with the figures,\" a BBC spokesman said.", []string{"BBC"}},
		{"OutletPassesOnAQuote", "\"Troops attacked the town,\" the BBC said.", nil},
		{"ItTheOneBodyBefore", "There was an outcry when the Harlow Foundation closed its office in Ohio. It had suggested that judges should be stricter.",
			[]string{"Harlow Foundation"}},
		{"ItWithTwoBodiesBefore", "There was an outcry when Harlow Corp sold its plant to Dunmore Mills Inc. It said the price was fair.", nil},
		{"NameInsideAClause", "\"Sales will rise,\" said the report on Peter Dunmore, which Harlow Corp published.",
			nil},
		{"OpeningClauseAndMainClause", "At the same time as Labour announced its plan to cut waiting lists, the Conservatives announced that they would scrap hospital targets.",
			[]string{"Labour Party", "Conservative Party"}},
		// Verbs of self-praise and of scorn report a position; "boasts" only
		// with what is boasted of ("the city boasts five banks" is having).
		{"BraggedIsACue", "Anna Pike has often bragged about her ties to the Velmarian president.", []string{"Anna Pike"}},
		{"ToutedIsACue", "Peter Dunmore touted the trade deal as the best in a generation.", []string{"Peter Dunmore/+1"}},
		{"ScoffedIsACue", "Peter Dunmore, chief economist at Harlow Corp, scoffed at the idea.", []string{"Peter Dunmore/-1"}},
		{"DisagreedIsACue", "However, Peter Dunmore, the bank's chairman, disagreed.", []string{"Peter Dunmore/-1"}},
		{"BoastsThatIsACue", "Harlow Corp boasts that its plant is the cleanest in Europe.", []string{"Harlow Corp"}},
		{"BoastsIsHaving", "Velmaria boasts five local banks and ten foreign ones.", nil},
		// Adverbs of frequency between the subject and its verb.
		{"HasOftenSaid", "Anna Pike has often said the plan was flawed.", []string{"Anna Pike/-1"}},
		{"OftenSays", "Anna Pike often says the plan is flawed.", []string{"Anna Pike/-1"}},
		// A verb of trying and "to" before a verb of saying: the subject speaks.
		{"TriedToSuggest", "Peter Dunmore has recently tried to suggest that he barely knows Anna Pike, but Pike has said they spoke often.",
			[]string{"Peter Dunmore", "Anna Pike"}},
		{"SoughtToArgue", "The Velmar Party sought to argue that the tax was unfair.", []string{"Velmar Party/-1"}},
		{"DeclinedToSayIsNoStatement", "Anna Pike declined to say whether the plan was fair.", nil},
		{"TriedToWriteIsNoStatement", "No one did, so Anna Pike tried to write one herself.", nil},
		{"WantsToIsNoTry", "Harlow Corp wants to dismiss the workforce in May.", []string{"Harlow Corp/+1"}},
		// Staff named by their trade speak for the body of that trade the
		// text named before, not for one it has not named.
		{"ProsecutorsOfTheAuthority", "Police said the suspect had fled. The Velmar Prosecution Authority dropped the case. Prosecutors told reporters the decision was final.",
			[]string{"Velmar Prosecution Authority"}},
		{"LocalPoliceAreNoBody", "The Harlow Police Department arrested two men. Local police said the men were armed.", nil},
		// Advisers speak for the government they advise, as aides do.
		{"WhiteHouseAdvisersSay", "White House advisers say the tariffs will stay.", []string{"United States"}},
		// A report inside another speaker's words of what an actor named
		// there said or decided is that actor's statement too; not a
		// list of demands, a noun after a name, a possessor's staff, a
		// report the speaker denies; and the inner speaker is not the
		// "it" of the next sentence.
		{"NestedRejected", "Harlow Corp said on Monday that Brede Motors Inc had rejected the offer.",
			[]string{"Harlow Corp", "Brede Motors Inc/-1"}},
		{"NestedAgreed", "Anna Pike said Germany had agreed to the plan.", []string{"Anna Pike", "Germany/+1"}},
		{"NestedCoordination", "Anna Pike said Germany and Austria had agreed to the plan.",
			[]string{"Anna Pike", "Germany/+1", "Austria/+1"}},
		{"NestedModalIsDemand", "Anna Pike said Germany must lower its tariffs, reject the plan and pay.", []string{"Anna Pike"}},
		{"NestedClaimsIsNoun", "Peter Dunmore defended the posters amid Labour claims the ads were unfair.", []string{"Peter Dunmore"}},
		{"NestedPossessorIsNoSpeaker", "Anna Pike told reporters that Peter Dunmore's assistant suggested a delay.", []string{"Anna Pike"}},
		{"NestedDenied", "Harlow Corp denied Peter Dunmore made the remark.", []string{"Harlow Corp"}},
		{"NestedIsNotIt", "Harlow Corp said Brede Motors Inc had rejected the offer. It said talks would go on.",
			[]string{"Harlow Corp", "Brede Motors Inc", "Harlow Corp"}},
		// "…, he said" after a sentence about someone else that names the
		// last speaker too is the last speaker's; after one that does not
		// name him it is that sentence's subject's.
		{"SpeakerResumes", "Peter Dunmore said the campaign would be local. Mr Reeve ran the campaign in 2001 but Mr Dunmore is running it now. The party will not hold a daily briefing. It will not be a bus tour either, he said.",
			[]string{"Peter Dunmore", "Peter Dunmore"}},
		{"NewSubjectSpeaks", "Peter Dunmore said the campaign would be local. John Reeve ran the campaign in 2001. The party held a daily briefing then. It was a bus tour, he said.",
			[]string{"Peter Dunmore", "John Reeve"}},
		// A quotation of several sentences attributed at its end: the
		// sentence that opened it is the speaker's too, not the ones
		// between, nor one of an earlier paragraph or one closed before.
		{"QuoteOpenedBeforeAttribution", `"The plan is dead. We will vote against it," Anna Pike said.`,
			[]string{"Anna Pike", "Anna Pike"}},
		{"QuoteOpenedBeforeHeSaid", `Peter Dunmore runs the Harlow campaign. "It looks good. It looks very good," he said.`,
			[]string{"Peter Dunmore", "Peter Dunmore"}},
		{"QuoteMiddleSentenceIsNoStatement", `"The plan is dead. It has no friends. We will vote against it," Anna Pike said.`,
			[]string{"Anna Pike", "Anna Pike"}},
		{"QuoteOfEarlierParagraph", "\"The plan is dead.\n\n\"We will vote against it,\" Anna Pike said.",
			[]string{"Anna Pike"}},
		{"QuoteClosedBeforeSpeaker", `"The plan is dead." Anna Pike said the vote would be close.`,
			[]string{"Anna Pike"}},
		// Right after another speaker's sentence the quotation is the one
		// its close names; without one it goes on with the speaker
		// before it and adds no statement.
		{"QuoteAfterSpeakerAttributedToAnother", `Peter Dunmore said the plan was dead. "It was a horrible thing. I felt guilt," said Anna Pike.`,
			[]string{"Peter Dunmore", "Anna Pike", "Anna Pike"}},
		{"QuoteAfterSpeakerNotAttributed", `Peter Dunmore said the plan was dead. "It was a horrible thing. I felt guilt."`,
			[]string{"Peter Dunmore"}},
		{"QuoteFarFromCue", `"The plan is dead. We will vote against it," read a note left at the office of the council before Anna Pike said it was fake.`,
			[]string{"Anna Pike"}},
		// A relative clause about the speaker is background: the main
		// clause's verb is the cue and its words the sign; alone, its
		// verb still states.
		{"RelativeClauseIsBackground", "Anna Pike, who criticised the plan last year, said the new version was better.",
			[]string{"Anna Pike/+1"}},
		{"RelativeClauseThenStanceVerb", "Harlow Motors, which backed the merger in May, rejected the revised offer.",
			[]string{"Harlow Motors/-1"}},
		{"RelativeClauseAlone", "Anna Pike, who criticised the plan last year, arrived in Harlow on Monday.",
			[]string{"Anna Pike/-1"}},
		// The agent of a passive after an accusation's charge or a time.
		{"PassiveAgentAfterCharge", "Peter Dunmore has been accused of misleading the Harlow Council by Anna Pike.", []string{"Anna Pike/-1"}},
		{"PassiveAgentAfterTime", "The proposal was rejected on Tuesday by Harlow Corp.", []string{"Harlow Corp/-1"}},
		{"CompoundBackedNoCue", "A U.S.-backed plan emerged last week.", nil},
		{"UnitedStatesIsNoCue", "The United States would offer guarantees to Ukraine.", nil},
		{"NoActorNoStatement", "Officials said the talks would continue.", nil},
		{"WeakCueNeedsStance", "Donald Trump and Vladimir Putin discussed the plan.", nil},
		// Two people with corporate titles who speak together each
		// speak, also after the quotation.
		{"CoordinatedCorporateTitles", `"The plan is wrong," Harlow Motors chief executive Peter Dunmore and chief operating officer Anna Pike said in a letter.`,
			[]string{"Peter Dunmore", "Anna Pike"}},
		// "One economist" after the story named its economist is someone
		// else, whom it does not name; a lead that opens with "A judge"
		// and names the judge after it means him.
		{"IndefiniteRoleIsSomeoneElse", `"There is no need to act," Peter Dunmore, an economist at Harlow Bank, said. Prices rose in May. "The special factors are fading," one economist said.`,
			[]string{"Peter Dunmore"}},
		{"IndefiniteRoleInTheLead", "A judge has dismissed an attempt by Harlow Motors to gain protection. Judge Anna Pike said the case was weak.",
			[]string{"Anna Pike", "Anna Pike"}},
		// A spokesman named by the last word of his body's name.
		{"SpokesmanOfTheExecutive", "The Halvard Executive said ministers would be told. An executive spokesman said the report would be ready in May.",
			[]string{"Halvard Executive", "Halvard Executive"}},
		{"PortfolioSpokesmanIsNoMinistry", "The Ministry of Defence said troops had left. A Tory defence spokesman said the plan was wrong.",
			[]string{"Ministry of Defence", "Conservative Party"}},
		// "He said" after a name the lists give no gender makes him a man:
		// a later "she" is the spokeswoman.
		{"PronounTellsGender", `The Halvard Executive said ministers would be told. Reporter Tolvar Dunmore said the minister had ordered a report. He said: "It is bad." The executive spokeswoman said the advice was sound. She said: "Ministers were told."`,
			[]string{"Halvard Executive", "Tolvar Dunmore", "Tolvar Dunmore", "Halvard Executive", "Halvard Executive"}},
		// "One analyst said he …": the analyst, not the person named before.
		{"UnnamedAnalystSaidHe", "Peter Dunmore bought 10 pct of Harlow Motors. One analyst said he believes the stake will grow.",
			nil},
		// "he said" after an unnamed person spoke is that person, not the
		// person named before him: a private one speaks for no one, an
		// official for his body.
		{"UnnamedJournalistThenHe", `Peter Dunmore, deputy governor of the Harlow Bank, said shares should be issued. One Chinese journalist said conditions are not ripe. "Speculation is not acceptable," he said.`,
			[]string{"Peter Dunmore"}},
		{"TheProfessorIntroduced", `Peter Dunmore said shares should be issued. One proposal came from a Harlow university professor. The professor said the review had political reasons. He said the money had run out.`,
			[]string{"Peter Dunmore"}},
		{"OneOfficialThenHe", `Prime Minister Peter Dunmore has proposed a sales tax. Revenues rose by a tenth, one Harlow Bank official said. Corporate tax revenues were also higher, he said.`,
			[]string{"Peter Dunmore", "Harlow Bank", "Harlow Bank"}},
		// "…,” he said" four sentences after the one person the story
		// quotes, with background between: that person; not when a
		// named body or an unnamed one ("the second trader") spoke since.
		{"HeSaidAfterBackground", `Leo Hartwell, chairman of the Tarrow Exchange, said markets would adapt. Brokers rose. The board proposed limits. Banks fell. Funds fell. "That will prove instrumental," he said.`,
			[]string{"Leo Hartwell", "Tarrow Exchange", "Leo Hartwell"}},
		{"HeSaidAfterANamedBody", `Leo Hartwell said markets would adapt. Brokers rose. Traders fell. Harlow Bank Ltd said shares would rise. Funds fell. "That will prove instrumental," he said.`,
			[]string{"Leo Hartwell", "Harlow Bank Ltd"}},
		{"HeSaidAfterAnUnnamedOne", `Leo Hartwell said markets would adapt. Brokers rose. Traders fell. "Shares will rise," the second trader said. Funds fell. "That will prove instrumental," he said.`,
			[]string{"Leo Hartwell"}},
		// "They" after a coordination of states whose sentence unnamed
		// sources spoke: the sources, no one; after their spokesmen
		// spoke, the two bodies.
		{"TheyAfterUnnamedSources", `Iran, Iraq and Kuwait are cheating on the agreement, industry sources said. But they mostly agreed that Saudi Arabia will act as swing producer.`,
			nil},
		{"TheyAfterTheirSpokesmen", `Tarrow Corp and Calder Corp decided to keep exports to Norway at last year's levels, despite the halt of shipments to Sweden, Company spokesmen told Reuters. They said the restraints were aimed at averting sanctions.`,
			[]string{"Tarrow Corp", "Calder Corp"}},
		// An attack on the press is in words, its quoted adjectives
		// too; rebels' attack on targets is not.
		{"AttackOnThePress", `Pop star Jane Wilde has attacked "false" and "desperate" tabloid magazines. Rebels attacked "soft" targets in the city.`,
			[]string{"Jane Wilde/-1"}},
		// A person described through a state's possessive before his
		// name opens the sentence: he, not the body of his apposition,
		// speaks.
		{"PersonDescribedByAState", `Norway's top entrepreneur Tomas Herrey, chairman of the Calder Trust Corporation (CTC), who also represents Oslo in the parliament, criticised the plan.`,
			[]string{"Tomas Herrey/-1"}},
		// A document "by" a body described before its name: the body's.
		{"DocumentByADescribedBody", `Research by handset maker Tarrow Corp shows that more people use mobiles at home. ` +
			`Figures from telecoms regulator Calder Authority show that rivals gained ground.`,
			[]string{"Tarrow Corp", "Calder Authority"}},
		// "It showed that …" right after a study spoke is the study;
		// after the company itself spoke, "it showed a loss" is no
		// statement.
		{"ItAfterAStudy", `Research by Tarrow Corp found that more people use mobiles. According to the study, 45 million people use phones. ` +
			`It showed that people keep their fixed line phone. Calder Corp said sales rose. It showed a loss of 5 mln dlrs.`,
			[]string{"Tarrow Corp", "Tarrow Corp", "Tarrow Corp", "Calder Corp"}},
		// "The government said" in a story that names another state more
		// often than its own, but names its own ministry and parties: its
		// own government.
		{"GovernmentOfTheMinistries", `Children from Albania who came to Britain may be sent home, the Home Office has said. Albania has few care homes. Many were trafficked from Albania. ` +
			`The Conservatives and the Liberal Democrats questioned the plan. Labour defended it. Campaigners were unhappy. In its five-year plan, the government said it would act.`,
			[]string{"Home Office", "Conservative Party", "Liberal Democrats", "Labour Party", "United Kingdom"}},
		// "the committee spokesman" after "a spokesman for the importers"
		// is that unnamed spokesman, not one the story names later; a
		// lead's "the economy minister said" is the one named after.
		{"SpokesmanIntroducedUnnamed", `Suppliers agreed to ship soybeans, a spokesman for the importers told Reuters. The suppliers postponed delivery, the committee spokesman said. ` +
			`"The deal was private," Agriculture Ministry spokesman Tomas Herrey said.`,
			[]string{"Tomas Herrey"}},
		{"LeadTitleNamedAfter", `The economy is at a pause, the economy minister said. Economy minister Tomas Herrey said growth would return.`,
			[]string{"Tomas Herrey", "Tomas Herrey"}},
		// "X of Y, a description of Y, said": the person who opens the
		// sentence speaks, not his firm; a description that opens the
		// sentence still gives the firm.
		{"PersonOfAFirmDescribed", `Tomas Herrey of Calder Partners, a law firm in Oslo, told the conference that rules were eased. ` +
			`Jane Pell at the Harlow Bank, a lender, the largest in Oslo, said rates would rise. A unit of Tarrow Corp, a maker of pumps, said sales rose.`,
			[]string{"Tomas Herrey", "Jane Pell", "Tarrow Corp"}},
		// "The summary said" is the body whose summary the story quotes,
		// again after another speaker; "the announcement said" too.
		{"SummaryKeepsItsBody", `The Harlow Development Bank has suggested Norway should open its economy. A summary of the draft report was made available. ` +
			`The summary said trade must play a key role. A Norwegian official told reporters the government was studying the report. The summary said growth averaged five pct.`,
			[]string{"Harlow Development Bank", "Harlow Development Bank", "Norway", "Harlow Development Bank"}},
		// "the president" is the one titled so alone or by his state, not
		// one the story names as the president of a body; "the Harlow
		// Bank economist" is the economist it named "at the Harlow Bank".
		{"BarePresidentIsTheStates", `President Trump agreed. Peter Dunmore, the president of the Harlow Farm Bureau, said farmers were worried. The president says his approach has created leverage.`,
			[]string{"Donald Trump", "Peter Dunmore", "Donald Trump"}},
		{"EconomistOfTheBody", `Rates rose, said Anna Pike, an economist at the Harlow Bank. Peter Dunmore, an economist at Brede Securities, agreed. The Harlow Bank economist said the rise was a signal.`,
			[]string{"Anna Pike", "Peter Dunmore", "Anna Pike"}},
		// A person "of" a firm speaks, also when the tagger read the
		// firm's name as a person's, and also across a relative clause
		// and a participle's aside; a commentator's firm is no "the
		// company" of the story.
		{"PersonOfFirmReadAsPerson", "Industry analyst Peter Dunmore of Halvard Tolvar said the unit earned 132 mln dlrs.",
			[]string{"Peter Dunmore"}},
		{"SubjectBeforeRelativeAndAside", "Legislator Peter Dunmore, who heads the Harlow Bank, while welcoming the move, said a one-day halt would have been enough.",
			[]string{"Peter Dunmore"}},
		{"CommentatorsFirmIsNoCompany", "Analyst Anna Pike of Brede Lassiter said sales would fall. The company said sales rose.",
			[]string{"Anna Pike"}},
		// A name after the words that describe it speaks, after
		// "according to" and before a verb of a plan or expectation; a
		// plan inside another's report does not.
		{"AccordingToDescribedName", "According to state statistics body INSEE, growth for the quarter was 0.7%.",
			[]string{"Insee"}},
		{"DescribedNameExpects", "The statistics agency INSEE expects the economy to grow by 2.4%.",
			[]string{"Insee"}},
		{"PlanInsideAReport", "The sources said Argentina is committed to winning a lower spread.",
			nil},
		// "They" after a subject that names its members after
		// "including" is those members.
		{"IncludedListThenThey", "Major companies including Volkswagen, DaimlerChrysler and Siemens have spent much of 2004 in talks with unions. They have also warned there are more cost cuts on the horizon.",
			[]string{"Volkswagen/-1", "DaimlerChrysler/-1", "Siemens/-1"}},
		// An outlet that says what another said or stated is its source.
		{"OutletAfterPosition", "The Harlow Communist Party has criticised the Grain Products Ministry for failing to store grain, Pravda said.",
			[]string{"Harlow Communist Party/-1"}},
		{"OutletAlone", "Prices will rise this year, Pravda said.",
			[]string{"Pravda"}},
		// An aside of a participle and its agent between a subject and
		// its verb: the agent backs the subject, who states its own.
		{"AgentAsideBeforeVerb", "Britain and Sweden, backed by Denmark, opposed a proposed tax on edible oils.",
			[]string{"Denmark/+1", "United Kingdom/-1", "Sweden/-1"}},
		// A participle after a place by a building is the clause
		// subject's, also after "And the".
		{"ParticipleAfterSite", "And the Harlow Party unveiled a billboard opposite the Palace of Brede accusing the government of lying.",
			[]string{"Harlow Party"}},
		// A pronoun inside a clause is the one person its sentence named
		// before it; the subject after an opening phrase is not.
		{"PronounInRelativeClause", "Peter Dunmore introduced the rules in 2003. The committee is calling on the senior judge, Lord Harlow, to abandon guidelines he proposed in May.",
			[]string{"Lord Harlow"}},
		{"PronounAfterOpeningPhrase", "Anna Pike said exchange rates should float. At a conference hosted by finance minister Peter Dunmore on Friday, she said that flexible rates absorb shocks.",
			[]string{"Anna Pike", "Anna Pike"}},
		// After "Mr" a place's name is a surname; the one quoted "in the
		// Herald saying" speaks, not the outlet named before.
		{"SurnameThatNamesAPlace", "Peter Houston was suspended by the Harlow Party. He told BBC News it was unfair. Mr Houston was quoted in the Brede Herald newspaper saying the party had over-reacted.",
			[]string{"Peter Houston", "Peter Houston"}},
		// A quotation closed by a person the text does not name is his: a
		// "he said" after it is not the body whose officials spoke before.
		{"UnnamedDiplomatQuoteThenHe", "Norway has curbed price rises. The government has repeatedly said prices will not change.\n\n" +
			"\"Prices have aroused discontent,\" a Western diplomat said.\n\n\"People were used to stable prices. All want stability,\" he said.",
			[]string{"Norway"}},
		// An unnamed person opening the sentence before a relative clause
		// is the subject: the name after the verb is what he spoke of, and
		// his "he said" is his; a name in that place speaks.
		{"UnnamedAnalystWhoDeclined", "Japan will name a premier soon. One political analyst, who declined to be identified, said Nakasone, despite his doubts, is likely to choose Abe. Abe would accept it, he said.",
			nil},
		{"NameWhoThenSaid", "Japan will name a premier soon. Nakasone, who leaves office soon, said Abe, despite his doubts, is likely to win.",
			[]string{"Nakasone"}},
		{"OfficialWhoDeclined", "Norway's reserves rose. A central bank official, who declined to be named, said Norway's surplus would exceed five billion dlrs.",
			[]string{"Norway"}},
		// The officials of a trade or of a private place speak for no
		// state; a state's own body beside them still does.
		{"IndustryOfficialsAreNoState", "Norway will raise the sugar quota. Prices rose, industry officials said. Norwegian oil industry sources said output would fall.",
			nil},
		// Sources of a trade in a capital are not the state's either;
		// the government's are.
		{"TradeSourcesInTheCapital", "Norway's central bank will offer treasury bills to the local banks, banking sources in Oslo said. The board will approve the scheme on Friday, the sources said.",
			nil},
		{"DiplomaticSourcesInTheCapital", "Norway cannot ship all its fish through Bergen, diplomatic sources in Oslo said.",
			nil},
		{"GovernmentSourcesInTheCapital", "Norway will cut rates soon, government sources in Oslo said.",
			[]string{"Norway"}},
		{"OfficialsInTheCapital", "Norway will cut rates soon, officials in Oslo said.",
			[]string{"Norway"}},
		// The wire's round brackets around a company's name that opens
		// the sentence, before the parentheses of its description.
		{"BracketedCompanyFormerly", "(Marvel Steel Ltd), formerly Marvel Drummond Inc, said it will report a gain.",
			[]string{"Marvel Steel Ltd"}},
		{"BracketedCompanyWhich", "(Bank of Halder), which has loaned two billion dlrs to Brazil, the largest amount of any Canadian bank, said it is also considering such a move.",
			[]string{"Bank of Halder"}},
		{"BracketedCompanyTown", "(Keller Industries Inc), Toronto, said it expects a better third quarter.",
			[]string{"Keller Industries Inc"}},
		// The government of a story is its lead's state, however often
		// it names the state it deals with; not a lead of several states
		// nor one that others report, and a dateline's city names its own.
		{"LeadStatesGovernment", "Norway unveiled a list of 2.6 billion dlrs of U.S. goods. Its trade gap with the U.S. was the largest of U.S. gaps in Europe. The list follows a visit by U.S. Commerce Secretary Tom Harlow. A government statement said the list added to purchases of U.S. cars.",
			[]string{"Norway"}},
		{"LeadOfTwoStates", "Norway and Sweden agreed to buy U.S. goods. Their trade gap with the U.S. was the largest of U.S. gaps in Europe. The deal follows a visit by U.S. Commerce Secretary Tom Harlow. A government statement said the list added to purchases of U.S. cars.",
			[]string{"United States"}},
		{"LeadReportedByOthers", "Norway has asked the United States for the use of its tankers, U.S. administration officials said. The request came on Monday. A government statement said the request was new.",
			[]string{"United States", "United States"}},
		{"DatelineCity", "Sweden will cut its rates, the central bank said. Oslo - The Norwegian treasury will repay old debt, the finance ministry said.",
			[]string{"Sweden", "Norway"}},
		// A state the story names only by a person's surname is that
		// person where the surname speaks; a state it names otherwise too
		// stays.
		{"SurnameOfAState", "Harlow Corp will cut costs, said David M. Holland, president of its Southwest Division. Holland added that Harlow was still paying 500 mln dlrs.",
			[]string{"David M. Holland", "David M. Holland"}},
		{"StateNamedOtherwiseToo", "Dutch exports rose, said David Holland, an economist. Holland said the Dutch guilder was strong.",
			[]string{"David Holland", "Netherlands"}},
		// A sentence adverb between commas stands between a body's voice
		// and its verb as it does without them.
		{"VoiceBeforeHowever", "Harlow Corp said it would study the bid. Harlow Corp management, however, warned that the deal could hurt it.",
			[]string{"Harlow Corp", "Harlow Corp"}},
		{"NameBeforeHowever", "Norway, however, said it would cut prices.",
			[]string{"Norway"}},
		{"VenueSpokesman", "The singer will play in Norway in March. But a venue spokesman said 5,500 tickets were sold.",
			nil},
		{"IndustryMinistrySpokesman", "Norway signed a deal to sell cars to Sweden, an industry ministry spokesman said.",
			[]string{"Norway"}},
		{"GovernmentAndIndustryOfficials", "Norway will raise the sugar quota. Norwegian government and aerospace industry officials believe prices will rise.",
			[]string{"Norway"}},
		// "one said" after a body spoke through people in the plural is
		// one of them.
		{"OneOfThePlural", "Dealers expect rates to fall, Bank of Japan officials said. \"The market is too nervous,\" one added.",
			[]string{"Bank of Japan", "Bank of Japan"}},
		// "…, the statement said" after a sentence that opens with a body
		// is that body's, not the state named last in it.
		{"StatementOfTheSubject", "Harlow Foods Plc announced a profit. Harlow will grow as fast as in Britain and the rest of Europe combined, the statement said.",
			[]string{"Harlow Foods Plc"}},
		// "does" and "did" before a verb of stance give emphasis, not a
		// question or a plan.
		{"EmphaticDo", "The Harlow Commission published a report. The commission does urge parties to seek small donations. Anna Pike did criticise the plan.",
			[]string{"Harlow Commission", "Anna Pike"}},
		{"QuestionIsNoStatement", "Did Anna Pike criticise the plan?", nil},
		// A description names again what the same noun named before,
		// however far back, before another body named since.
		{"SameNounSameBody", "Parties should not cap donations yet, the elections watchdog has said. In a report, the Harlow Commission says a cap is worth debating. Donations rose in 2003. Gifts came from many donors. Rules changed in 2004. Funding rose. Parties in the Brede Assembly and the Harlow Council gained most. Candidates should get a free mailshot, says the watchdog.",
			[]string{"Harlow Commission", "Harlow Commission", "Harlow Commission"}},
		// "The spokesman" is the spokesman the article introduced, not a
		// minister named with his title since, and still is seven
		// sentences on.
		{"SpokesmanNotMinister", "Norway will open its market, a government spokesman said. Trade rose in May. Exports fell. Imports rose. Deputy prime minister Peter Dunmore told a meeting the policy was firm. Prices rose. The spokesman said the currency had been rising gradually.",
			[]string{"Norway", "Peter Dunmore", "Norway"}},
		// Only the cue is tested here: the polarity of a bare announcement is
		// the statistical calibration's call.
		{"QuoteInsideIsNoCue", "\u201cI can say that Witkoff will come,\u201d Yuri Ushakov told reporters.",
			[]string{"Yuri Ushakov"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			got := stmtKeys(x.Statements, tt.want)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q) statements = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestStatementFields(t *testing.T) {
	ex := testExtractor(t)
	text := "Witkoff met Putin on Monday. Ukrainian President Volodymyr Zelensky said Kyiv was ready to discuss the peace plan with Donald Trump."
	x, err := ex.Extract(Document{ID: "fields", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Statements) != 1 {
		t.Fatalf("Extract(%q) = %d statements, want 1", text, len(x.Statements))
	}
	s := x.Statements[0]
	if got, want := s.Cue, "said"; got != want {
		t.Errorf("Cue = %q, want %q", got, want)
	}
	if got, want := s.Targets, []string{"Donald Trump"}; !slices.Equal(got, want) {
		t.Errorf("Targets = %v, want %v (the speaker's own state is not a target)", got, want)
	}
	if got, want := s.Issue, "peace plan"; got != want {
		t.Errorf("Issue = %q, want %q", got, want)
	}
	if got, want := s.SentenceIndex, 1; got != want {
		t.Errorf("SentenceIndex = %d, want %d", got, want)
	}
	if got := text[s.Start:s.End]; got != s.Text || !strings.HasPrefix(got, "Ukrainian President") {
		t.Errorf("Span text = %q, Text = %q", got, s.Text)
	}
}

// TestCueAsWritten checks that a cue whose phrase has a slot is shown as
// the text writes it, and that a formal protest is a position against
// the one it is lodged with.
func TestCueAsWritten(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct{ name, text, speaker, cue string }{
		{"Protest", "Norway lodged a formal protest with Sweden over the remarks.", "Norway", "lodged a formal protest"},
		{"Remarks", "Tom Hale made his remarks at a dinner in Oslo.", "Tom Hale", "made his remarks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			if len(x.Statements) != 1 || x.Statements[0].Speaker != tt.speaker || x.Statements[0].Cue != tt.cue {
				t.Fatalf("Extract(%q) statements = %+v, want one of %s with cue %q", tt.text, x.Statements, tt.speaker, tt.cue)
			}
		})
	}
}

func TestResolvedMentions(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name string
		text string
		via  MentionVia
		want string // "surface->actor"
	}{
		{"Pronoun", "Yuri Ushakov spoke to reporters. He added that he would call Steve Witkoff.", ViaPronoun, "He->Yuri Ushakov"},
		{"NegotiatorsInCapital", "Russia attacked Ukraine. Negotiators in Kyiv said the talks were useful.", ViaOfficial, "Kyiv->Ukraine"},
		// A state's officials in its capital: the capital names the
		// state from the start (the extractor reads it so).
		{"OfficialsInCapital", "Russia attacked Ukraine. Officials in Kyiv said the talks were useful.", ViaSeat, "Kyiv->Ukraine"},
		{"Role", "Yuri Ushakov, Putin\u2019s foreign policy aide, met Steve Witkoff. Putin\u2019s foreign policy aide said the meeting was useful.",
			ViaRole, "foreign policy aide->Yuri Ushakov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, ex, tt.name, tt.text)
			var got []string
			for _, m := range x.Mentions {
				if m.Via == tt.via {
					got = append(got, m.Text+"->"+m.Actor)
				}
			}
			if !slices.Contains(got, tt.want) {
				t.Errorf("Extract(%q) %s mentions = %v, want %q among them", tt.text, tt.via, got, tt.want)
			}
		})
	}
}

func TestPronounsOff(t *testing.T) {
	ex := testExtractor(t)
	opts := ex.opts
	opts.Pronouns = false
	off := New(ex.lex, ex.model, opts)
	x, err := off.Extract(Document{ID: "off", Text: "Sergei Lavrov met reporters in Moscow. He rejected the plan."})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range x.Mentions {
		if m.Via == ViaPronoun {
			t.Errorf("Pronouns off: got pronoun mention %+v", m)
		}
	}
	if len(x.Statements) != 0 {
		t.Errorf("Pronouns off: statements = %v, want none", x.Statements)
	}
}

// seedsDir returns ../shared/corpus/seeds relative to the repository root,
// or skips the test.
func seedsDir(tb testing.TB) string {
	dir := filepath.Join("..", "..", "shared", "corpus", "seeds")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("seed corpus not found at %s: %v", dir, err)
	}
	return dir
}

func BenchmarkStatements(b *testing.B) {
	ex := testExtractor(b)
	files, _ := filepath.Glob(filepath.Join(seedsDir(b), "*.txt"))
	var states []*docState
	var orig [][]mention
	var actors [][]*resolvedActor
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		st := &docState{e: ex, text: string(data)}
		st.segment()
		st.recognise()
		actors = append(actors, st.resolve())
		states = append(states, st)
		orig = append(orig, slices.Clip(st.mentions))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, st := range states {
			st.mentions = orig[i]
			_ = st.statements(actors[i])
		}
	}
}

// TestHeadlineStatement checks the statements of a document's title in
// sentence case: a reporting verb of the present there states a position
// besides the body's; a bare participle (a passive), a word of saying used
// as a noun, a name before a colon with no quotation after it and "sees
// off" state none. A text without a title keeps the statement of its
// first line.
func TestHeadlineStatement(t *testing.T) {
	ex := testExtractor(t)
	body := "Jack Straw spoke in Leeds on Monday. He said the meeting had lasted two hours."
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"PresentVerb", "Straw urges Blair to publish advice", body,
			[]string{"Jack Straw/-1", "Jack Straw/+0"}},
		{"Passive", "Straw urged to publish advice", body, []string{"Jack Straw/+0"}},
		{"PassiveAccused", "Straw accused of hiding advice", body, []string{"Jack Straw/+0"}},
		{"NounBeforeParticiple", "Straw claim rejected by court", body, []string{"Jack Straw/+0"}},
		{"SeesOff", "Straw sees off Tory challenge", body, []string{"Jack Straw/+0"}},
		{"ColonNoQuote", "Jack Straw: the quiet diplomat", body, []string{"Jack Straw/+0"}},
		// The two below test the speakers only: the sign of a headline
		// without stance words is the calibration's call.
		{"ColonQuote", "Straw: 'We will not give way'", body, []string{"Jack Straw", "Jack Straw"}},
		{"NoTitleKept", "", "Gordon Brown urges caution on tax\n\nThe debate went on for hours.",
			[]string{"Gordon Brown"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := ex.Extract(Document{ID: tt.name, Title: tt.title, Text: tt.text})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := stmtKeys(x.Statements, tt.want)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q, %q) statements = %v, want %v", tt.title, tt.text, got, tt.want)
			}
		})
	}
}

// TestTitleCaseHeadlineStatement checks the statements of a wire's
// title-case headline: the name right before a present-tense reporting
// verb speaks, found also without its case, stops or legal form; passives,
// verbs that announce results and a name that is only part of the subject
// give none; a headline in headlinese ("Norway Has No Plans To Cut Rate")
// sums its lead's statement, given to the name that opens it, but not a
// deed's or one whose "Firm" is a noun.
func TestTitleCaseHeadlineStatement(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, title, body string
		want              string // the headline's speaker; "" for no headline statement
	}{
		{"NameBeforeVerb", "Harlow Corp Sees Higher Earnings",
			"Harlow Corp said it expects earnings to rise in 1988 on strong demand for its pumps.", "Harlow Corp"},
		{"StockCodeAndLegalForm", "Dunmore Mills <Dnm> Says Output Rose Sharply",
			"Dunmore Mills Inc said output rose 5 pct in March from a year earlier.", "Dunmore Mills Inc"},
		{"AcronymInTitleCase", "Uk Hopes Minister'S Visit Will Ease Trade Row",
			"Britain and Japan remained at odds today, and officials said the U.K. government hoped the visit would help.", "United Kingdom"},
		{"PassiveParticiple", "Norvale Criticised For Price Rises",
			"Norvale Corp raised its prices again in March, consumer groups said.", ""},
		{"ResultsAnnounced", "Harlow Corp Reports Lower First Quarter Net",
			"Harlow Corp said first quarter net profit fell to 4.2 mln dlrs.", ""},
		// A subject the headline's words do not name as one actor is the
		// lead's speaker: the headline sums up the lead.
		{"PartOfTheSubject", "Westmark Portugal Sees Higher Sales",
			"Westmark Portugal SA said sales would rise this year.", "Westmark Portugal SA"},
		{"StockCodeInsideTheName", "Harlow <Hrl> Canada Sees Higher Sales",
			"Harlow Canada Ltd said sales would rise this year.", "Harlow Canada Ltd"},
		{"DescribedSpeakerIsTheLeads", "Senator Says Farm Bill Will Fail",
			"Senator Robert Kerrey said today the farm bill would fail in the Senate.", "Robert Kerrey"},
		{"PositionWithoutVerbOfSaying", "Ec Official Faults U.S. Trade Bill",
			"A senior European Community official, Roy Denman, criticised the U.S. trade bill on Monday.", "Roy Denman"},
		{"ProductIsNoPosition", "Harlow Corp Unveils New Pumps",
			"Harlow Corp said it would ship two new pumps in May.", ""},
		{"UnveiledPolicy", "Harlow Corp Unveils Pricing Policy",
			"Harlow Corp said it would cut the prices of its pumps by 5 pct.", "Harlow Corp"},
		{"ConcludesIsNoSaying", "Harlow Corp Concludes Pump Unit Sale",
			"Harlow Corp said it had sold its pump unit to Dunmore Mills Inc for 40 mln dlrs.", ""},
		{"ContinuesIsNoSaying", "Harlow Corp Continues Pump Output Cut",
			"Harlow Corp said it would keep its pump output low until May.", ""},
		{"DeedIsNoPosition", "Harlow Corp Buys Dunmore Mills Unit",
			"Harlow Corp said it bought the pumps unit of Dunmore Mills Inc for 40 mln dlrs.", ""},
		{"LeadAboutSomethingElse", "Harlow Corp Sees Higher Sales",
			"Dunmore Mills Inc said it would close two plants in Ohio.", ""},
		// The wire's attribution after a dash: one actor of the story,
		// not a description, an outlet or a column's heading.
		{"DashAttribution", "Pump Imports Will Fall Sharply - Harlow",
			"Harlow Corp said on Tuesday that pump imports would fall sharply next year.", "Harlow Corp"},
		{"DashAttributionPerson", "Trade Gap Will Narrow Soon - Kerrey",
			"Senator Robert Kerrey said today the trade gap would narrow by the summer.", "Robert Kerrey"},
		{"DashDescription", "Pump Imports Will Fall Sharply - Traders",
			"Traders said on Tuesday that pump imports would fall sharply next year.", ""},
		{"DashAfterHeading", "Economic Spotlight - Harlow",
			"Harlow Corp has cut its output of pumps twice this year.", ""},
		{"DashOutlet", "Pump Imports Will Fall Sharply - Kyodo",
			"Pump imports will fall sharply next year, the Kyodo news agency reported.", ""},
		{"StockCodeAfterAPossessive", "Westmark'S <Wmk> Harlow Corp Says Sale Completed",
			"Harlow Corp, a unit of Westmark Group, said the sale of its plant was completed.", "Harlow Corp"},
		// Headlinese: the future with "To", "Will Not", "Has No Plans", an
		// adjective of attitude without its copula sum the lead, given to
		// the name that opens the headline.
		{"ToForTheFuture", "Harlow <Hrl> To Form New Dividend Policy",
			"Harlow Corp is taking a careful approach to its new dividend policy, chairman Peter Dunmore said.", "Harlow Corp"},
		{"HasNoPlans", "Norway Has No Plans To Cut Discount Rate",
			"Bank of Norway sources said the bank has no plans to cut its discount rate.", "Norway"},
		{"AttitudeWithoutCopula", "Norway Committed To Joint Currency Intervention",
			"Norges Bank will take part in concerted intervention as necessary, governor Erik Holm told reporters.", "Norway"},
		{"WillNot", "Harlow <Hrl> Will Not Give Data To Group",
			"Harlow Corp said its board rejected a request by Dunmore Group for more information.", "Harlow Corp"},
		{"Deed", "Harlow Corp Buys Dunmore Mills",
			"Harlow Corp said it bought Dunmore Mills for 20 mln dlrs.", ""},
		{"FirmIsANoun", "Investment Firm Raises Harlow Corp Stake",
			"Dunmore Group said it raised its stake in Harlow Corp to 12 pct.", ""},
		{"PlanningIsAPortfolio", "Norwegian Planning Minister Resigns",
			"Norwegian Planning Minister Jens Dunmore resigned, a government spokesman said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := ex.Extract(Document{ID: tt.name, Title: tt.title, Text: tt.title + "\n\n" + tt.body})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := ""
			for _, s := range x.Statements {
				if s.SentenceIndex == 0 {
					got = s.Speaker
				}
			}
			if got != tt.want {
				t.Errorf("headline %q: speaker %q, want %q (statements %v)", tt.title, got, tt.want, x.Statements)
			}
		})
	}
}

// TestHeadlineNouns checks that a headline in sentence case that opens
// with a name and a noun of saying before a preposition is that actor's
// statement ("Galloway plea for hostage release"), and that the noun
// after another subject is not ("Mourinho receives Robson warning").
func TestHeadlineNouns(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"PleaFor", "Macron plea for ceasefire", "Emmanuel Macron spoke in Paris on Monday.", []string{"Emmanuel Macron"}},
		{"WarningOver", "Macron warning over tariffs", "Emmanuel Macron spoke in Paris on Monday.", []string{"Emmanuel Macron"}},
		{"NounAfterAnotherSubject", "Zelensky receives Macron warning", "Emmanuel Macron met Volodymyr Zelensky in Paris on Monday.", nil},
		{"NoPreposition", "Macron warning", "Emmanuel Macron spoke in Paris on Monday.", nil},
	}
	ex := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := ex.Extract(Document{ID: tt.name, Title: tt.title, Text: tt.title + "\n\n" + tt.body})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range x.Statements {
				if s.Headline {
					got = append(got, s.Speaker)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("headline statements of %q = %v, want %v", tt.title, got, tt.want)
			}
		})
	}
}

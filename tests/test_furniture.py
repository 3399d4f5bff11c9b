"""Page furniture: invented lines in the styles of pages saved as text, and whole saved
pages (tests/fixtures/saved/) whose briefs must hold no furniture and keep every sentence."""

import re
from pathlib import Path

import pytest

from briefcli import furniture
from briefcli.brief import make_brief
from briefcli.clean import clean, dateline_places, strip_dateline
from briefcli.furniture import (
    author_bio,
    author_line,
    byline,
    caption_label,
    credit_only,
    credited_author,
    full_bio,
    is_furniture,
    link_head,
    stamp_only,
    strip_inline,
)

SAVED = Path(__file__).resolve().parent / "fixtures" / "saved"


@pytest.mark.parametrize(
    "line",
    [
        "Jo Bloggs/Example Agency/Getty Images",
        "Murdered: At least two people were shot in the street on Sunday",
        "Sign up to our morning newsletter",
        "Get the best of the Example Times delivered directly to your inbox",
        "Read more",
        "Read more: How the vote was won",
        "Scroll down for video",
        "Please enter your comment!",
        "More news: Storm closes ports along the coast",
        "Article continued below",
        "Most watched videos",
        "A A A +",
        "• Share",
        "PUBLISHED: 08:01 EST, 3 May 2022 | UPDATED: 09:40 EST, 3 May 2022",
        "Last updated at 14:20 3 May 2022",
        "date 2022-05-03",
        "By Ama Mensah",
        "By KEN ADAMS FOR THE EXAMPLE POST",
        "Related: Fares to rise in January",
        "Copyright 2022 Example News. All rights reserved.",
        "Example Press writer Ana Ruiz contributed to this report.",
        "Image caption Protesters gathered outside the court",
        "Media playback is unsupported on your device",
        "Reporting by Ana Ruiz; Editing by Tom Lee",
        "5 min read",
        "Related Topics",
        "Photograph: Jo Bloggs/Example Agency",
        "CLICK HERE TO GET THE EXAMPLE NEWS APP",
        "Get the biggest daily stories by email",
        "Do you have a story? Email us at tips@example.com",
        "Please see our Privacy Notice for details of your data protection rights.",
        "Share on WhatsApp",
        # Navigation, consent banners and time stamps.
        "Home > News > World",
        "Home › Sport › Rugby union",
        "We value your privacy",
        "Accept all",
        "Manage preferences",
        "Updated 3 hours ago",
        "July 17, 2025 11:43 AM GMT+1 Updated 2 hours ago",
        "15:30, 21 NOV 2024",
        "10:42 BST",
        "Last updated on 14 May 2024 14 May 2024. From the section Rugby Union",
        # Market tickers, author lines.
        "DOW 39,112.16 +0.4%",
        "XYZ -3.4%",
        "S&P 500 5,487.03 -0.1%",
        "Ana Ruiz @anaruiz",
        "Tom Lee Transport correspondent",
        "Words by Ana Ruiz",
        "Photographs by Tom Lee",
        # Captions ending in their credit.
        "Crowds gather at the gates. Photograph: Jo Bloggs/The Example",
        "The car on the hard shoulderCredit: Example Pics",
        # Widgets, players, galleries, comment sections, end notes.
        "Comments (23)",
        "Comments 87",
        "42 shares",
        "Share or comment on this article:",
        "The comments below have not been moderated.",
        "Newest Oldest Best rated Worst rated",
        "Share Article via LinkedIn",
        "Facebook",
        "Listen to this article",
        "3 min",
        "Image 3 of 5",
        "1 of 12",
        "WATCH NOW",
        "VIDEO 2:31",
        "02:14 - Source: Example News",
        "Key events",
        "Please turn on JavaScript to use this feature",
        "Our Standards: The Example Trust Principles.",
        "Explore more on these topics",
        "Suggested Topics:",
        "This article was amended on 3 May 2024 to correct a name.",
        "This story was updated to include a statement from the council.",
        "This article appears in the May 2024 issue.",
        "Search Example News...",
        "Data is delayed at least 15 minutes.",
        "More from the May 2024 issue",
        # Appeals, tips and affiliate notes addressed to the reader.
        "Subscribe for unlimited access to local news.",
        "Support our journalism from just £1.",
        "Have a news tip? Email us at tips@example.com",
        "If you buy something from a link, we may earn a commission. See our ethics statement.",
        "Get football news sent straight to your phone",
        "We and our partners use cookies to store and access information on your device.",
        # Round two: wire and cable tails, sign-up boxes, print notes, menus, galleries.
        "(Reporting by Ana Ruiz; Editing by Tom Lee)",
        "Purchase Licensing Rights, opens new tab",
        "Follow Example News on WhatsApp",
        "___",
        "Follow our coverage of the election at https://example.com/hub/election",
        "Example Flash top headlines are here. Check out what's clicking on Example.com.",
        "For the latest news, weather and sports, head to KXYZ.",
        "Invalid Email",
        "Something went wrong, please try again later.",
        "We use your sign-up to provide content in ways you've consented to. You can unsubscribe at any time.",
        "+5",
        "View gallery",
        "Sort by",
        "Join the debate",
        "Share full article",
        "Send any friend a story",
        "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
        "SKIP ADVERTISEMENT",
        "Supported by",
        "Reporting from Marlow City",
        "Order Reprints | Today's Paper | Subscribe",
        "See more on: Marlow City",
        "Video Now: Warehouse fire in Millbrook",
        "by: Dana Kovac",
        "A version of this article appears in print on March 5, 2025, Section A, Page 18 of the Example edition "
        "with the headline: City Will Close Three Libraries.",
        # Round three: players, transcripts, contact lines, stamps with a section.
        "A farmer walks along a dry canal. Jo Bloggs/KEXP hide caption",
        "toggle caption",
        "Enlarge this image",
        "4-Minute Listen",
        "NPR transcripts are created on a rush deadline. This text may not be in its final form.",
        "To contact the reporter on this story: Jo Bloggs in Detroit at jbloggs@example.net",
        "Most Read from Example Businessweek",
        "Allow Twitter content?",
        "This article contains content provided by Twitter. We ask for your permission before anything is loaded.",
        "Jun 5, 2025 - Politics & Policy",
        "Add Example as your preferred source to see more of our stories on Google.",
        "Get more local stories in your inbox with Example Local.",
        # Widget and section labels alone on a line.
        "Sign up",
        "Updated",
        "Print this page",
        "Posted by Jane Doe",
        "Jane Doe, Staff Writer",
        "The Associated Press",
        "Key Points",
        "Show more",
        "Read full article",
        "Recommended for you",
        # Round four: the top of a page (skip links, logo and home links, menu buttons, a trail to the headline).
        "Content Skip to Main Content",
        "Skip to navigation",
        "Accessibility Help",
        "The Example homepage",
        "The Example Post - Back to homepage",
        "Hamburger Navigation Button",
        "Your account",
        "Watch Live",
        "Home / Cities / Riverton News / Council to build 12 new water tanks before monsoon",
        # Round four: promos, notes and small print in the site's voice, appeals, comment rules, teasers.
        "Download The Example Times News App for Latest City News.",
        "Catch all the Latest News, Breaking News and Latest News Updates on The Example Times.",
        "Want to see more stories like this? Download the KXYZ News app and turn on notifications.",
        "If you buy something from an Example link, Example Media may earn a commission.",
        "Posts from this author will be added to your daily email digest and your homepage feed.",
        "By submitting your email, you agree to our Terms and Privacy Notice.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "* I understand and agree that registration on or use of this site constitutes agreement to its user "
        "agreement and privacy policy.",
        "The audio version of this article is generated by text-to-speech, a technology based on artificial "
        "intelligence.",
        "Already a member? Sign In",
        "Subscribe for $1 per week for one year. Cancel anytime.",
        "Appeared in the March 7, 2025, print edition as 'Port Lowers Forecast'.",
        "What do you think? Join the conversation.",
        "A weekly newsletter about the best stuff to play, watch and read.",
        "I hope you appreciated this article. Before you move on, I wonder if you would consider supporting our work.",
        "Support the Example from as little as £1 - it only takes a minute.",
        "We will be in touch to remind you to contribute. If you have any questions about contributing, please "
        "contact us.",
        "At Example, our journalists report, write and edit the news content that informs the communities we serve.",
        "The Example is not responsible for the content of external sites.",
        "Why you can trust Example News",
        "We acknowledge the Traditional Custodians of the lands where we live and work. We pay our respects to "
        "Elders past and present.",
        "This service may include material from Example Press which is copyright and cannot be reproduced.",
        "AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT",
        "Welcome to the discussion.",
        "Keep it Clean. Please avoid obscene, vulgar, lewd or racist language.",
        "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.",
        "PLEASE TURN OFF YOUR CAPS LOCK.",
        "Jane Doe, 91, of Riverton, passed away peacefully on March 3, 2025, at her home surrounded by her...",
        "Get involved",
        "#ExampleFootball",
        "Edited by Tom Rees",
        "All times stated are UK",
        "Show latest updates",
        "Scroll to Continue",
        "Tickers in this article",
        "In short:",
        "What's next?",
        "Sign up!",
        # Corrections, paywalls and sign-in walls, notes on comments and embeds.
        "Correction: An earlier version of this story misstated the number of homes affected.",
        "CORRECTION: This article has been updated to correct the spelling of a name.",
        "An earlier version of this article misstated the date of the vote.",
        "This article is more than 2 years old",
        "This content is for subscribers only.",
        "You have reached your limit of free articles.",
        "To continue reading, subscribe or sign in.",
        "Already have an account? Sign in",
        "Create a free account to continue reading.",
        "Sign in to read the full article.",
        "By continuing to use this site you agree to our use of cookies.",
        "Watch the full interview above.",
        "Have your say in our comments section.",
        "Hundreds of people have commented on this story.",
        "Follow the latest updates on our live blog.",
        "Get the latest headlines on the Example News app.",
        "Gift 5 articles to anyone you choose each month when you subscribe.",
        "Send this article to a friend.",
        "Warning: This story contains details some readers may find distressing.",
        "Skip links",
        "Example News - back to home",
        "Show navigation menu",
        "Please use Chrome browser for a more accessible video player",
        "Tap here",
        "play",
        "Keep reading",
        "list 1 of 4",
        "list of 4 items",
        "end of list",
        "Ambulances queue outside a hospital in Norwich. Pic: PA",
        "Keep up with all the latest news from the UK and around the world by following Example News",
        "Unlock unlimited access to Example Pro's policy news and insights.",
        "Filed under:",
        "We reserve the right to remove any content at any time from this Community, including if it violates "
        "the Community Standards.",
        "We ask that you report content that you believe violates the above rules by clicking the Flag link next to "
        "the offending comment.",
        "New comments are only accepted for 3 days from the date of publication.",
        "The Example values your comments but kindly requests all posts are on topic. Please review our commenting "
        "policy.",
        "Join the conversation, you are commenting as Logout",
        "Independent journalism is under threat. We need your support.",
        "Our free Morning Headlines email gets the news you need every day.",
        "Please refresh the page or navigate to another page on the site to be automatically logged in",
        "Thank you for registering",
        "Please enter a valid email",
        "Read the full story on Example News",
        "Originally published as Council approves plan",
        "This article originally appeared on The Example Times: Council approves plan",
        "This story was originally published March 6, 2025, 5:42 PM.",
        "Enjoy unlimited digital access for just $1 a week",
        "Get 50% off your first year",
        "Home / India News / Civic body to plant 50,000 trees along coastal road",
        "Catch your daily dose of News, Breaking News and Latest News Updates from India on Example Times.",
        "Get Current Updates on India News, Weather Today along with Latest News and Top Headlines from India.",
        "The Example Press receives support from several private foundations to enhance its coverage of elections. "
        "See more about the Example's democracy initiative here. The Example is solely responsible for all content.",
        # Round five: skip links, player labels, press-release frames, newsletter and paywall pitches, comment rules.
        "Skip to sections navigation",
        "Skip next section Related topics",
        "SAVE THIS STORY",
        "Link copied!",
        "News provided by",
        "Video player is loading.",
        "This is a modal window.",
        "Beginning of dialog window. Escape will cancel and close the window.",
        "Captions settings, opens captions settings dialog",
        "Thanks for reading The Harbour Note!",
        "Thank you for subscribing to Morning Ledger.",
        "Ready for more?",
        "Our live coverage has moved here.",
        "Our coverage of the vote has ended.",
        "Information from The Canadian Press was used in this report.",
        "Material from wire services was used in this story.",
        "Published in the print edition of the March 3, 2025, issue, with the headline “Low Tide.”",
        "This advertisement has not loaded yet, but your article continues below.",
        "Sign In or Create an Account",
        "View more offers",
        "Article content",
        "Author of the article:",
        "jdoe@valleycourier.example",
        "X: @janedoe",
        "Media Contact:",
        "Investor contacts: Ann Lee, 555-0100",
        "View original content:https://www.examplewire.com/release-1234.html",
        "SOURCE Quillon Foods Corp.",
        "Quillon Foods, Inc.",
        "WANT YOUR COMPANY'S NEWS FEATURED ON EXAMPLEWIRE.COM?",
        "Updated April 2, 2025 — 9.40am, first published at 7.15am",
        "Published Feb 2, 2025  •  Last updated 3 hours ago  •  4 minute read",
        "More:",
        "What we're covering",
        "Stock chart icon",
        "The Harbour Note is a reader-supported publication. To receive new posts and support my work, "
        "consider becoming a free or paid subscriber.",
        "Want all the latest soap spoilers and celebrity news? Sign up for our free Showbiz newsletter",
        "If you've got a showbiz story, video or pictures get in touch with our team by emailing us "
        "tips@example.co.uk - we'd love to hear from you.",
        "You can save this article by registering for free here. Or sign-in if you have an account.",
        "Unlimited online access to the Valley Courier and 12 news sites with one account.",
        "Access articles from across the country with one account.",
        "Enjoy additional articles per month.",
        "Get email updates from your favourite authors.",
        "Share your thoughts and join the conversation in the comments.",
        "Exclusive articles from Ana Ruiz and others. Plus, recipes in the weekly newsletter, Table Talk.",
        "We encountered an issue signing you up. Please try again",
        "Interested in more newsletters? Browse here.",
        "The Courier is committed to maintaining a lively but civil forum for discussion. Please keep comments "
        "relevant and respectful. Comments may take up to an hour to appear.",
        "Be respectful. This is a space for friendly local discussions. No racist, abusive, vulgar or threatening "
        "language will be tolerated.",
        "Be transparent. Use your real name, and back up your claims.",
        "Keep it local and relevant to the conversation.",
        "Read more about our Community Guidelines.",
        "Find out what's happening in Elm Parkwith free, real-time updates from Townline.",
        "The views expressed in this post are the author's own. Want to post on Townline?",
        "Start the morning with a digest of the day's top stories. Sign up for our Early Edition newsletter.",
        "Receive the best of The Quarterly, every week, in your in-box.",
        "This release contains forward-looking statements within the meaning of the securities laws.",
        "Actual results could differ materially from those projected. Quillon undertakes no obligation to update them.",
        "Support our journalism. Become a member today.",
        "Tom Ferris is a senior reporter at the Ledger covering city hall. Reach him at tferris@ledger.example.",
        "Don't miss out on the headlines from Sport. Followed categories will be added to My Feed.",
        "Tell us what you think in the comments below.",
        "Article continues after this advertisement",
        "Listen to article",
        "Listen \u00b7 4:12",
        "Updated 2h ago",
        "BY TOM FERRIS",
        # Players' and embeds' apologies, paywall counts, agencies' shares, sign-up replies, update notes.
        "This content is not available due to your privacy preferences. Update your settings here to see it.",
        "This video can not be played",
        "To use this feature you need to enable JavaScript.",
        "Sorry, this clip isn't available any more.",
        "An error has occurred. Please try again later.",
        "Your browser does not support the video tag.",
        "You have 2 free articles remaining.",
        "This is a subscriber-only article.",
        "Purchase a subscription for full access.",
        "(With inputs from agencies)",
        "(This story has not been edited by Ledger staff and is auto-generated from a syndicated feed.)",
        "First Published: Apr 09 2025 | 08:15 PM IST",
        "Join our WhatsApp channel",
        "\u2014 with AAP",
        "This report by The Canadian Press was first published April 9, 2025.",
        "Update, April 9, 2025, 4:20PM ET: Added a statement from the company.",
        "Update April 9th: Added a statement from the company.",
        "This article was featured in the Weekend Reads newsletter.",
        "Disclosure: The writer owns shares in Vantor.",
        "We'd love to hear from you.",
        "By clicking Subscribe, you confirm that you have read our Terms of Use.",
        "Thanks for signing up!",
        "You're all set!",
        "Check your inbox to confirm.",
        "Oops! Something went wrong.",
        "(Except for the headline, this story has not been edited by Ledger staff and is published from a feed.)",
        "Follow us:",
        "Stay ahead of the curve with our daily news email",
        "By signing up, you acknowledge and agree to our Privacy Policy. This form is protected by reCAPTCHA.",
        "Harbour TV - Breaking news from the region and around the world",
        "Story text",
        "Text settings",
        "Loading comments...",
        "This live blog is now closed.",
        "Follow the latest updates here.",
        "Ada Brook and Lars Berg at the premiere. Photo:",
        "Updated on: April 9, 2025 / 4:20 PM EDT / Harbour News",
        "Look back on how the day unfolded.",
        "Add Harbour News on Google",
        "Don't have an account yet? Create one now",
        # A comment box's offer to post to Facebook too, offers, prompts to share, subscription notes.
        "Do you want to automatically post your Harbourpost comments to your Facebook Timeline?",
        "Your comment will be posted to Harbourpost as usual.",
        "To do this we will link your Harbourpost account with your Facebook account.",
        "We'll ask you to confirm this for your first post to Facebook.",
        "You can choose on each post whether you would like it to be posted to Facebook.",
        "Your details from Facebook will be used to provide you with tailored content in line with our Privacy Policy.",
        "Broaden your horizons with award-winning journalism. Try The Quay free for 1 month with unlimited access.",
        "Want a quick briefing on the biggest news stories? Listen to our latest podcasts.",
        "Join thought-provoking conversations, follow other Quay readers and see their replies",
        "You are now subscribed to the Morning Quay newsletter.",
        "Thank you!",
        "Published by Quay Newspapers Ltd",
        "Previous 1 Next",
        "Start your free trial",
        "Get 3 months for $1",
        "Your subscription supports journalism like this.",
        "Enjoy reading? Share it with a friend.",
        "Found this useful? Share it.",
        "Log in or register to comment",
        "This article is reserved for subscribers.",
        "Register to read more",
        "Read our full coverage of the election here.",
        "NEW You can now listen to Harbour News articles!",
        "Kelby Herald - Kelby's Most Trusted News Source - Kelby headlines",
        "Hey there, thanks for reading.",
        "Become a member",
        "Hi there, thanks for reading. The Kelby Post is a non-profit newsroom. We don't have a paywall, and never "
        "will. Please consider a gift to keep our journalism free for everyone. Become a member",
        "Watch every bulletin free on Kelby+ >>",
    ],
)
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the plan would be published in May.",
        "Updated rules will come into force on 1 May 2023, the regulator said.",
        "By Tuesday the crowd had gone home.",
        "Read the report and you will see why, she said.",
        "Mr Okoro: We will not give up.",
        "Residents said the petition had 3,000 signatures.",
        "Related charges were dropped in 2019.",
        "The firm changed its privacy policy last year.",
        "Share prices fell 5% on Monday.",
        "Reporting restrictions were lifted by the judge.",
        "Kelby mayor - the leading voice on housing - steps down",
        "Hey, that is not what we agreed, Roe told the meeting.",
        "Watch what happens when the free market meets the rules, Roe said.",
        # Look-alikes of the rules above.
        "Share prices fell 3% after the warning.",
        "By the end of the year the company will open two stores.",
        "Comments by the minister drew criticism.",
        "Live music will return to the park in June.",
        "Key events of the trial were recorded.",
        "The firm said users could accept all the new terms or leave.",
        "Regulators said websites must ask before storing cookies on a device.",
        "Photographs by the suspect were found on his phone, police said.",
        "He won a prize for a photo by the river.",
        "The index rose 1.2% to 4,512 points on Friday.",
        "Our reporters saw 3 of 12 buildings destroyed.",
        "Sales were up 4% in May 2024, the company said.",
        "Support for the bill fell to 40%, a poll found.",
        "The story was updated by the agency on Monday.",
        "Data is shared with police under the new law.",
        "More from the survey will be published next week.",
        "Visitors to the museum rose by a third last year.",
        "The latest news from the front was grim, officials said.",
        "Watch parties were held across the city.",
        "He said the site, example.com, had been hacked.",
        "Reporting from the front line is dangerous, the editor said.",
        "Gift aid rules will change in April.",
        "Sort out the budget first, the mayor told the council.",
        "To contact the families, police used the school register.",
        "Most read the report before the vote, aides said.",
        "Jun 5, 2025 - the day the vote was held - was a Thursday.",
        "The firm will store the content provided by users for a year.",
        # Look-alikes of the promo and line rules, kept.
        "Tickets are available from just £5, the organisers said.",
        "Police had unlimited access to the files, the court heard.",
        "Police could not reach him by phone on Monday.",
        "Officers said they have a tip that the car was stolen.",
        "It was the preferred source of funding for the council.",
        "The shop opens a new window display every week.",
        "To contact the families, police used the school register.",
        "'Please support us,' the owner said.",
        "End of the post-war consensus",
        "Jane Doe Named Sports Editor",
        "Close the border, he said.",
        "Key points of the deal were agreed.",
        "Ad hoc talks began on Monday.",
        "Search teams found the boat.",
        "He said the homepage had been hacked on Monday.",
        "Menu prices rose by 10% last year.",
        "Skip the queue, the museum told visitors.",
        "Be careful. The roads are icy, police said.",
        "The union said it would support the strike from Monday.",
        "The council will support the plan for £3m, officials said.",
        "Residents were asked to cancel their trips, the council said.",
        "Officials said the fund had already paid out $3m.",
        "The documents cannot be reproduced without permission, the court said.",
        "Donations rose by 10% last year, the charity said.",
        "No fine will bring Liam back, she said.",
        "Edited by hand, the photos were shown to the jury.",
        "The update will reach all phones by May, the company said.",
        "Readers above the age of 65 were asked to create a password.",
        "The minister said the gift was declared.",
        "Police said the man was seen below the bridge.",
        "Already a member of the board, she was appointed chair on Monday.",
        "The mayor said the city would create a free account for every resident to pay bills online.",
        "If you buy something now, prices will be higher next year, economists warned.",
        "The report, which appeared in the print edition of the journal, found that rates rose.",
        "Thank you for reading the report, the minister told MPs.",
        "Keep it simple, the coach told his players.",
        "In short, the plan failed, the minister said.",
        "What's next for the club is unclear, its owner said.",
        "Support for the measure fell from 60% to 45% in a year.",
        "Readers wanted to get the latest news on the strike, the union said.",
        "The party said it would reserve the right to remove its leader, a spokesman said.",
        "The club's house rules ban smoking, the owner said.",
        "Meta said the post violated its community standards.",
        "The plan was originally published in 2019, the council said.",
        "Thank you for your patience, the airline told passengers.",
        "The minister said the comments were unacceptable.",
        "Police had unlimited powers under the old law.",
        "Get Out, the film, won the latest news award.",
        # Round five: sentences that open or read like the furniture above.
        "Read more about the plan in the council's report, the mayor said.",
        "Updated figures show 4,000 people were waiting for a bed in March.",
        "Thanks for reading, the author wrote in a note to readers.",
        "Officers must be respectful. The inquiry heard that some were not.",
        "Anyone with information should get in touch with the investigation team, police said.",
        "The platform said the post broke its community guidelines.",
        "Analysts said actual results could differ from the forecast.",
        "Keep it clean, the referee told both captains.",
        "No racist abuse will be tolerated, the club said in a statement.",
        "The hall is a space for community discussions, the council said.",
        "Voters can register for free at any post office.",
        "Customers can pay all their bills with one account, the bank said.",
        "Residents can join the conversation on the council's website, the mayor said.",
        "The streamer will show exclusive content from the league, it said.",
        "The pastor wrote in the weekly newsletter that the church would close.",
        '"Please try again," the judge told the witness.',
        "We encountered an issue with the brakes, the pilot said.",
        "Users complained that the captions settings had been reset, the company said.",
        "Our coverage of the council found that it had overspent.",
        "Quillon Foods Corp. said it would cut 300 jobs.",
        "Save the Children said it would send aid.",
        "Skipper Dan Rowe said the crew would sail on Monday.",
        "Thank you for reading the report, the minister told MPs.",
        "She wanted to become a member of the club, her mother said.",
        "Police said they would reach her at home.",
        "The fire broke out at 2am, officials said.",
        "Fans were told they would not miss out on the final, the club said.",
        "With the vote lost, the mayor resigned.",
        "Sorry, this is not good enough, the judge said.",
        "Update the records, the court ordered.",
        "You have 3 days to appeal, the letter said.",
        "An error in the code caused the outage.",
        "By clicking on a link, users were infected, police said.",
        "Check your tyres before a long drive, the AA said.",
        "With Reuters reporting the deal, shares rose.",
        "Disclosure rules were tightened in 2020.",
        "Readers of our daily newsletter raised £3,000, the charity said.",
        "The channel - which shows local news - was sold on Monday.",
        "Support for the plan fell to 40%.",
        "Learn more about the scheme at the library, the council said.",
        "The next story in the series will air on Monday.",
        "The vote was 52 / 48 on April 9, 2025.",
        "Add the figures together and the total is £3m, the auditor said.",
        "Look back at the photos, the mayor told the crowd.",
        "Fans were asked to post your comments on the club's website, he said.",
        "Thank you, the mayor told the crowd.",
        "Part of the bridge collapsed on Monday.",
        "Published by the council, the report found rates rose.",
        "Previous owners had neglected the house.",
        "Register to vote by Friday, officials urged.",
        "Get the vaccine free for 2 months, the clinic said.",
        "Her support helps families in need, the charity said.",
        "Want a fair deal? The union says so.",
        "Readers said they enjoyed reading the series.",
    ],
)
def test_sentences_are_not_furniture(line):
    assert not is_furniture(line)


def test_glued_furniture_is_cut_and_the_sentence_kept():
    assert strip_inline("Jane Roe (pictured) said she would stand.") == "Jane Roe said she would stand."
    assert strip_inline("Shares fell. Scroll down for video The bank said more.") == "Shares fell. The bank said more."
    assert strip_inline("Anger: Fans waited for hours outside.") == "Fans waited for hours outside."
    assert caption_label("Mr Smith: We will go on.") is None
    assert byline("By Lucia Ferrante, Transport Correspondent") == "Lucia Ferrante"


def test_new_line_helpers():
    assert stamp_only("Thu 6 Mar 2025 07.00 GMT")
    assert not stamp_only("On 6 March 2025 the court sat.")
    assert link_head("Related Articles") and link_head("VIDEO 2:31") and link_head("Topics")
    assert not link_head("Related charges were dropped.")
    assert author_bio("Ana Ruiz is a reporter covering health for the Example Post.")
    assert author_bio("Ana Ruiz covers education for the Example Ledger. Reach her at 555-0100.")
    assert not author_bio("Mr Ruiz is a former reporter who now runs a bakery.")
    assert not author_bio("Jane Doe was a reporter for the Example Times for 30 years.")  # an obituary's last line
    assert not author_bio("Example Insurance covers flood damage, the firm said.")
    assert author_bio("Antczak covers Southern California news for The Example Press.")
    assert author_line("Ana Ruiz @anaruiz") == "Ana Ruiz"
    assert author_line("Rowan Pilgrim Housing correspondent") == "Rowan Pilgrim"
    assert byline("By Ana Ruiz | aruiz@example.com") == "Ana Ruiz"
    assert credit_only("Ethan Morrow/Reuters") and not credit_only("Shares rose 3%/year")


def test_caption_glued_to_its_sentence_is_cut():
    assert strip_inline("Brave: Jo Roe, 71, was fined at the car parkThe trust said it would pay.") == (
        "The trust said it would pay."
    )
    assert strip_inline("The iPhone maker said it would pay.") == "The iPhone maker said it would pay."
    # The blurb after a promo, addressed to the reader, goes with it.
    assert strip_inline("Sign up for our newsletter. The news you need to start your day.") == ""


def test_caption_run_into_the_story_by_its_stop_is_cut():
    story = "The harbour board said on Monday it would close the north pier for six weeks of repairs."
    assert strip_inline(f"Crowds gather on the quay at dawn in May.{story}") == story
    # A sentence reporting words, or a short sentence after the stop, stay as they are.
    reported = "The mayor said it was a good day.It decided to close the pier for six weeks of repairs to its deck."
    assert strip_inline(reported) == reported
    assert (
        strip_inline("Crowds gather on the quay.Police were there.") == "Crowds gather on the quay.Police were there."
    )


def test_a_caption_naming_a_town_and_its_state_is_cut_with_its_credit_run_into_the_story():
    story = "For a typical household, bills could rise by about $19 a month if the request is approved."
    glued = f"Crews replace a pole near Penns Hollow, Pa., after a storm in July.Courtesy Kelby Energy{story}"
    assert clean(f"Bills to rise\n\n{glued}", "t").paragraphs == (story,)


def test_furniture_run_onto_a_sentences_stop_is_cut_and_the_sentence_kept():
    sentence = "The council plans to open its first underground school, built for 900 pupils, in September."
    assert strip_inline(f"{sentence}We need your help to keep reporting. Support us on Patreon.") == sentence
    quoted = 'Cllr Jo Roe said the residents\' concerns had been "brushed aside".'
    assert strip_inline(f"{quoted}Join our WhatsApp channel for the latest local news") == quoted
    # A caption with its credit run onto it goes whole, its town's state abbreviated inside it.
    caption = "A renter signs a lease at a leasing office in Kelby, Ariz., in October.Jo Roe/KNW"
    assert strip_inline(caption) == ""
    story = "Rents in Kelby rose 8% last year, the county said on Monday in its annual housing report."
    assert clean(f"Kelby rents rise again\n\n{caption}\n\n{story}", "t").paragraphs == (story,)


def test_a_caption_over_a_foreign_label_or_a_posts_handle_is_furniture():
    for credit in ("Foto: Jo Roe", "Foto: Twitter @KelbyTrains", "Photo: @KelbyTrains"):
        assert is_furniture(f"The Kelby line runs only four trains a day. | {credit}"), credit
    assert not is_furniture("The line runs four trains a day, said @KelbyTrains")


def test_notices_of_the_law_and_notes_to_readers_are_furniture():
    for line in (
        "The Kelby Unified School District prohibits discrimination, harassment, intimidation, and bullying based on "
        "actual or perceived characteristics.",
        "Did you notice a typo? Select it and press Ctrl+Enter to send it to our editors.",
        "The content of this site is protected by copyright. Quotation is permitted with a reference to KRT.",
        "To comment on this article please log in or register.",
        "This announcement contains inside information for the purposes of Article 7 of the market abuse rules.",
        "Search for company or instrument",
        "RNS Number : 4821K",
        "Released 07:00:04 12 March 2025",
    ):
        assert is_furniture(line), line
    assert not is_furniture("The law prohibits discrimination against tenants, the judge said.")
    assert not is_furniture("Search for survivors continues after the flood")


def test_a_channels_post_has_its_own_headline_and_its_points_apart():
    page = (
        "Kelby Daily Wire 🔴\n48.2K subscribers\nOctober 2\n"
        "🔴 Kelby council approves emergency water trucking for three villages\n"
        "▪️ The Kelby council on Wednesday approved a plan to truck drinking water to three villages.\n"
        "▪️ The council speaker said the plan would cost 86 million shillings.\n"
    )
    article = clean(page, "t")
    assert article.title == "Kelby council approves emergency water trucking for three villages"
    assert article.paragraphs == (
        "The Kelby council on Wednesday approved a plan to truck drinking water to three villages.",
        "The council speaker said the plan would cost 86 million shillings.",
    )


def test_market_rows_players_ads_and_translation_notes_are_furniture():
    for line in (
        "S&P 500 5,432.10 +21.62 (+0.40%)   Dow 30 39,118.86 -45.20 (-0.12%)   Nasdaq 17,689.36 +87.50 (+0.50%)",
        "Search for news, symbols or companies",
        "Tue, Jul 15, 2025, 11:32 AM 3 min read",
        "17-04-2025",
        "Download MP3 (3.8 MB)",
        "In this article:",
        "Kelby Removals – UK to Spain every week. Call 952 000 000",
        "Workers at a components plant near Kelby © KNA",
        "Obituaries A5 | Opinion A6 | Sports B1 | Classifieds B6",
        "Translated from German by DeepL/ts",
        "This news story has been written and carefully fact-checked by an external editorial team. At Kelby Info we "
        "select the most relevant news and use automatic translation tools such as DeepL to translate it into English.",
    ):
        assert is_furniture(line), line
    for line in ("Residents can call 952 000 000 for details.", "The council will translate the leaflets into Polish."):
        assert not is_furniture(line), line


def test_an_agency_service_dateline_with_the_agency_first_is_stripped():
    lede = "(KNA) - KELBY, MAY 20 - The Kelby region on Tuesday approved a 90-million-euro aid package for suppliers."
    stripped = strip_dateline(lede)
    assert stripped.startswith("The Kelby region")
    assert dateline_places(lede[: len(lede) - len(stripped)]) == ("Kelby",)


def test_a_sentence_reporting_words_keeps_itself_when_a_credit_is_glued_on():
    sentence = "Kelby Aid, which buys and delivers the vaccine, said it had placed orders for all production this year."
    assert not is_furniture(f"{sentence} Photo: © Kelby Aid/Ramirez")
    assert strip_inline(f"{sentence} Photo: © Kelby Aid/Ramirez") == sentence
    assert is_furniture("Workers at the new wing in Kelby. Photo: Jo Roe/KT")  # a caption still goes whole


def test_captions_ending_in_more_kinds_of_credit_are_furniture():
    for caption in (
        "The Kelby branch library, one of two set to close in March. Photo by the author.",
        "Photo by the author.",
        "Passengers wait on a platform near the Kelby Mall stop. KNA photo March 14, 2025",
        "Health workers at a clinic in Kelby on Monday (Photo courtesy of Health Ministry)",
        "Pupils at Kelby Primary School queue for porridge last year. PHOTO | FILE",
        "Workers at the new maternity wing in Kelby. – Nationalpic by JO ROE",
        "Pupils at a school in Kelby. File photo: Jo Roe/KT",
        "Residents queue at the Kelby minibus stop. File photo: Jo Roe/KNP.",  # the credit's own full stop
        "Photo: Jo Roe/Kelby Post.",
        "Jo Lee points to her mother's face in the mural. Her mother was painted into it in 1994.Jo Roe / Staff "
        "Photographer",  # a photographer and their job, glued on
    ):
        assert is_furniture(caption), caption
    for sentence in (
        "The council said the file photo was taken in May.",
        "He said the picture was his favourite.",
        "The council said the 50/50 split was fair.",
        "The council said the photographer was late. Jo Roe said so.",
    ):
        assert not is_furniture(sentence), sentence


def test_a_publishers_legal_lines_and_notes_to_readers_are_furniture():
    for line in (
        "Kelby Newspapers Limited in England No. 679215 Registered office: 1 Bridge Street, Kelby, KE1 9GF.",
        '"The Kelby Sun", "Sun Online" are registered trademarks or trade names of Kelby Newspapers Limited.',
        "Kelby Sans ™ & © 2016 Kelby News Network.",
        "Privacy Notice: Newsletters may contain info about charities and online ads.",
        "We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.",
        "Your information is being handled in accordance with the KBC Privacy Collection Statement.",
        "Get it on the App Store or Google Play.",
        "Terms & Conditions Data provided by FactSet.",
        "Prices taken at time of publishing.",
        "Summary is AI-generated, newsroom-reviewed.",
        "A free daily digest of the news that matters most.",
        "Correction, August 5th, 4:05PM ET: An earlier version of this story misstated the number of fires reported.",
        "Email address:",
        "Follow:",
        "Photo-illustration by The Kelby Review. Sources: Getty.",
        "Update, 4:45 p.m.:",
        "Original story:",
        "Enter Your City, ST or ZIP Code  Go",
        "ALERT: Flood Watch in effect for western Kelby through Thursday evening. Click for details.",
    ):
        assert is_furniture(line), line
    for line in (
        "The council's data provided by the regulator shows 40 fires.",
        "Kelby Foods Ltd was fined £20,000 at Kelby Crown Court on Monday.",
    ):
        assert not is_furniture(line), line


def test_a_networks_name_alone_and_a_dateline_printed_twice_are_stripped():
    assert strip_dateline("CNN —Hospitals in Kelby have begun postponing surgeries.") == (
        "Hospitals in Kelby have begun postponing surgeries."
    )
    assert strip_dateline("KELBY HEIGHTS, Iowa — KELBY HEIGHTS, Iowa — More than 4,000 homes are affected.") == (
        "More than 4,000 homes are affected."
    )
    assert strip_dateline("CNN said on Monday it would cut jobs.") == "CNN said on Monday it would cut jobs."


def test_a_capitals_dateline_and_one_with_accents_are_stripped():
    assert strip_dateline("AMMAN — Three clinics in Zarqa will stay open until 9pm.") == (
        "Three clinics in Zarqa will stay open until 9pm."
    )
    assert strip_dateline("MEDELLÍN — The city council approved a loan.") == "The city council approved a loan."
    assert strip_dateline("NATO — The alliance said on Monday it would act.").startswith("NATO")


def test_an_advertisers_label_takes_no_reported_sentence_past_a_blank_line():
    story = "The Kelby line will open in 2027, the transport minister said on Monday in Belfast."
    said = "Kelby Transit's chief executive Jo Roe said the company would order 20 new hydrogen buses."
    article = clean(
        f"Kelby line to open in 2027\n\n{story}\n\nSponsored\n\n{said}\n\nHe said they would run often.", "t"
    )
    assert said in article.paragraphs


def test_a_sponsors_message_is_the_paragraph_after_its_label_past_a_blank_line():
    story = "The Kelby line will open in 2027, the transport minister said on Monday in Belfast."
    pitch = (
        "Families deserve reliable, affordable power. Grid Alliance members are investing $4 billion in new lines "
        "to keep bills in check. Learn how we are building the grid Kelby needs."
    )
    after = "Opposition members said they would not support any new tax to pay for the line."
    article = clean(
        f"Kelby line to open in 2027\n\n{story}\n\nA MESSAGE FROM GRID ALLIANCE:\n\n{pitch}\n\n{after}", "t"
    )
    assert article.paragraphs == (story, after)


def test_a_newsletters_recurring_items_and_its_authors_greeting_are_furniture():
    story = (
        "THE BUZZ: Leaders are circling a rescue package for the Kelby transit system that hinges on a sales tax.",
        "Senate President Ada Keefe told reporters late Monday that a deal was close, but that it lacked House votes.",
    )
    items = (
        "Good Tuesday morning, Kelby. Jo Roe here, running on two hours of sleep. Thanks for reading.",
        "WHERE'S THE GOVERNOR: At the Capitol at 10 a.m. for a bill signing.",
        "— ON THE MOVE: Ana Ruiz is now deputy chief of staff to the Senate president.",
        "— BIRTHDAYS: State Rep. Ada Lee, former Sen. Tom Hale and lobbyist Ray Uribe.",
        "THANKS to our editor, Ben Cole, and producer Ann Bell.",
        "TRIVIA: Monday's answer: The last time Kelby raised its sales tax was 1990. Congrats to Ed Moss.",
    )
    page = "\n\n".join(("Transit deal hangs on a sales tax", items[0], *story, *items[1:]))
    assert clean(page, "t").paragraphs == (story[0].removeprefix("THE BUZZ: "), story[1])


@pytest.mark.parametrize(
    "sentence",
    [
        "Good morning, Kelby. The transit deal is close, leaders said on Monday.",
        "THANKSGIVING traffic will be heavy on the M4, police said.",
        "Happy New Year. The council will meet on Monday to set the budget.",
    ],
)
def test_a_greeting_that_goes_on_with_the_news_or_a_word_in_capitals_is_no_newsletter_item(sentence):
    assert not is_furniture(sentence)


def test_link_titles_after_a_header_are_dropped_until_a_sentence():
    text = (
        "Title of the story here\n\nThe first paragraph ends here.\nRelated Articles\n"
        "Pub set to reopen after two years\nCouncil tax to rise next year\nThe council said it would pay."
    )
    assert clean(text, "t").paragraphs == ("The first paragraph ends here.", "The council said it would pay.")


def test_video_caption_above_its_credit_is_dropped():
    text = (
        "Title of the story here\n\nThe fire burned on.\nFirefighters battle the fire near Oakton on August 12, 2025.\n"
        "Jo Bloggs/Reuters\nThe chief said crews saved the hospital on August 12, 2025."
    )
    assert clean(text, "t").paragraphs == (
        "The fire burned on.",
        "The chief said crews saved the hospital on August 12, 2025.",
    )


def test_short_unpunctuated_lines_are_not_glued_to_a_sentence():
    text = (
        "Storm live: winds hit the coast\n\n10:42 BST\nPower cuts spread inland\n"
        "About 45,000 homes are without power, the network operator said in a statement.\n"
        "Schools closed\nMore than 200 schools have closed across the region, the council said."
    )
    article = clean(text, "t")
    assert article.paragraphs == (
        "About 45,000 homes are without power, the network operator said in a statement.",
        "More than 200 schools have closed across the region, the council said.",
    )
    # A hard-wrapped paragraph is still joined: its lines fill the width.
    wrapped = "Title here today\n\nThe council said on Monday that the\nbridge would stay closed until June."
    joined = "The council said on Monday that the bridge would stay closed until June."
    assert clean(wrapped, "t").paragraphs == (joined,)


def test_bullets_without_markers_are_items_not_one_sentence():
    text = (
        "A long title for the story here\n\nPensioner fined for staying too long\n"
        "Trust scraps the charge\n\nThe trust said it had cancelled the fines."
    )
    article = clean(text, "t")
    assert article.paragraphs == ("The trust said it had cancelled the fines.",)
    assert "Trust scraps the charge" in article.subheadings  # points of a few words
    points = text.replace(
        "Pensioner fined for staying too long", "Pensioner was fined for staying too long in the car park"
    ).replace("Trust scraps the charge", "Hospital trust has now scrapped the charge for patients")
    assert clean(points, "t").paragraphs == (  # a summary in points under the headline: each a sentence
        "Pensioner was fined for staying too long in the car park",
        "Hospital trust has now scrapped the charge for patients",
        "The trust said it had cancelled the fines.",
    )


def test_nav_labels_above_the_title_are_not_the_title():
    text = "News\nDunmore\nPlans for 200 homes approved despite objections\n\nPlans were approved on Monday."
    assert clean(text, "t").title == "Plans for 200 homes approved despite objections"
    assert clean("Home > News > Local\n\nSchool board approves bus deal\n\nIt passed.", "t").title == (
        "School board approves bus deal"
    )


def test_menu_items_above_the_title_are_not_the_title():
    text = (
        "KXYZ\nWatch Live\nNews\nFirst Alert Weather Day\nCommunity\n"
        "Council approves plan to repave Elm Street\n\nThe council voted on Monday."
    )
    assert clean(text, "t").title == "Council approves plan to repave Elm Street"
    text = "Home\nRegions\nLeeds & West Yorkshire\nFamily of cyclist call for new lanes\n\nThe family met."
    assert clean(text, "t").title == "Family of cyclist call for new lanes"


def test_an_appeal_goes_with_its_pitch_and_a_promo_with_its_blurb():
    text = (
        "Title of the story here\n\nThe council met on Monday.\nThe vote is next week.\n"
        "I hope you appreciated this article. Would you consider supporting our journalism?\n"
        "We have no shareholders.\nIf there were ever a time to join us, it is now.\n"
        "Support the Example from as little as £1 - it only takes a minute.\n"
        "Add some good to your morning.\nGet the Riverton newsletter for the latest news.\n"
        "Sponsored\nGet the best rates on car insurance. Compare quotes in minutes."
    )
    assert clean(text, "t").paragraphs == ("The council met on Monday.", "The vote is next week.")
    # Promos that are not appeals keep the sentences between them.
    text = (
        "Title of the story here\n\nHave a news tip? Email us at tips@example.com\nThe council met on Monday.\n"
        "This story was updated to include a statement from the mayor."
    )
    assert clean(text, "t").paragraphs == ("The council met on Monday.",)


def test_any_outlets_credit_and_the_caption_above_it_go():
    assert is_furniture("LYDIA BARNES/Riverton Sentinel")
    assert is_furniture("Parents wait outside a school in Winnipeg on Wednesday. (Trevor Brine/CBC)")
    assert is_furniture("A flooded street in north Lismore on Thursday.(ABC North Coast: Tessa Flemming)")
    assert not is_furniture("AC/DC played two encores on Saturday.")
    text = (
        "Theater to reopen after restoration\n\nSave\nThe theater has been closed since 2019.\n"
        "JO BLOGGS/Example Sentinel\nThe theater will reopen in May.\nIt has 900 seats."
    )
    assert clean(text, "t").paragraphs == ("The theater will reopen in May.", "It has 900 seats.")
    # A credit under a sentence of the story, over the caption it belongs to, takes only the caption.
    text = (
        "Bakery saved after council vote\n\nThe council met on Monday.\nThe sale was blocked on Tuesday night.\n"
        "Jo Bloggs/Example Agency\nFrustration: Residents had signed a petition\nThe shop will reopen."
    )
    assert clean(text, "t").paragraphs == (
        "The council met on Monday.",
        "The sale was blocked on Tuesday night.",
        "The shop will reopen.",
    )


def test_a_video_card_goes_with_its_description():
    text = (
        "School division to hire 40 teachers\n\nThe division will hire 40 teachers.\n"
        "WATCH | Parents worry about crowded classrooms:\nParents say crowded classrooms take a toll\n2 days ago\n"
        "Duration 2:04\nParents say their children are learning in hallways.\nThe union welcomed the hires."
    )
    assert clean(text, "t").paragraphs == ("The division will hire 40 teachers.", "The union welcomed the hires.")


def test_the_authors_bio_beside_the_byline_goes_wherever_it_stands():
    text = (
        "Lock maker pauses its update\nby Ana Ruiz\nAna Ruiz is a news editor covering gadgets and apps. "
        "She joined Example in 2019.\nThe lock maker paused its update.\nIt will ship a fix next week."
    )
    article = clean(text, "t")
    assert article.byline == "Ana Ruiz"
    assert article.paragraphs == ("The lock maker paused its update.", "It will ship a fix next week.")
    # Another reporter's bio in the story stays.
    text = "Reporter freed\nby Ana Ruiz\nTom Lee is a reporter for the Example Times.\nHe was freed on Monday."
    assert clean(text, "t").paragraphs == ("Tom Lee is a reporter for the Example Times.", "He was freed on Monday.")


def test_the_authors_bio_is_known_when_the_byline_runs_on_into_its_outlet_or_the_bio_gives_the_first_name():
    bio = "Kyle Brenner is a reporter for Kelby News Digital covering veterans. Story tips can be sent to kb@kelby.com."
    assert furniture.bio_of(bio, "Kyle Brenner Kelby News")  # "By Kyle Brenner Kelby News"
    assert furniture.bio_of("Hollis is a health journalist who has covered medicine for a decade.", "Hollis Vane")
    assert not furniture.bio_of("Jo is a nurse and said the ward was full.", "Jo Roe")


def test_an_authors_box_its_name_over_its_bio_goes_whoever_signs_the_story():
    assert furniture.bio_of("Jo Roe Jo Roe reports on farming and rural life for Kelby Radio from Hamburg.", None)
    box = "Jo Roe: jroe@kelby.com; Jo Roe covers rivers and the environment for The Kelby Times."
    assert furniture.bio_of(box, None)
    assert not furniture.bio_of("Jo Roe reports on farming for Kelby Radio.", None)  # (whose bio: the byline says)


def test_a_writers_note_to_readers_goes_with_its_label():
    story = "The council voted on Monday.\nIt will close the school in August.\n"
    for note in (
        "Note from the author:\nHi, this is Jo Roe. I reported this story from Kelby. Kelby Post is reader-funded, "
        "and stories like this are only possible with your support.\nBecome a member\n",
        "A note from Jo: Reporting like this means days on riverbanks. If you value it, please consider a "
        "subscription.\n",
        "A note from the reporters: This story took three months and five trips to Kelby to report.\n",
    ):
        article = clean("School to close\n" + story + note, "t")
        assert article.paragraphs == ("The council voted on Monday.", "It will close the school in August."), note
    assert not furniture.is_furniture("A note from the council said the school would close.")


def test_a_page_saved_with_a_blank_line_after_every_line_reads_as_one_run():
    lines = [
        "Theater to reopen after restoration", "Save", "The theater has been closed since 2019.",
        "JO BLOGGS/Example Sentinel", "The theater will reopen in May.", "Crude Oil", "+0.84%",
        "It has 900 seats.", "I hope you appreciated this article. Please consider supporting our journalism.",
        "We have no shareholders.", "Support the Example from as little as £1.",
    ]  # fmt: skip
    assert clean("\n\n".join(lines), "t").paragraphs == ("The theater will reopen in May.", "It has 900 seats.")


def test_readers_messages_under_get_involved_go():
    text = (
        "Ashby v Marlow - live\n\nPosted at 21:51\nHalvorsen heads in a corner.\nPosted at 21:40\nGet involved\n"
        "#ExampleFootball\nRavi, Ashby: That was never a penalty.\nPriya: Marlow are holding on here.\n"
        "Posted at 21:12\nPrice equalises for Marlow."
    )
    assert clean(text, "t").paragraphs == ("Halvorsen heads in a corner.", "Price equalises for Marlow.")
    # Without the call for messages, a line with a speaker's label stays.
    text = "Title of the story here\n\nThe mayor spoke.\nMr Smith: We will go on.\nThe vote is on Monday."
    assert "Mr Smith: We will go on." in clean(text, "t").text


def test_market_quotes_over_two_lines_go_name_and_value():
    text = (
        "MARKETS\nDow Jones\n-0.45%\nU.S. 10 Yr\n-5/32 Yield 4.312%\nEuro\n1.0842 +0.12%\n"
        "Port operator cuts outlook as volumes slump\nBy Ana Ruiz\nTickers in this article\nXYZ\n-4.12%\n"
        "The port operator cut its forecast on Thursday.\nIts shares fell 4.1% to $42.18.\nIt will cut 600 jobs."
    )
    article = clean(text, "t")
    assert article.title == "Port operator cuts outlook as volumes slump"
    assert article.paragraphs == (
        "The port operator cut its forecast on Thursday.",
        "Its shares fell 4.1% to $42.18.",
        "It will cut 600 jobs.",
    )
    assert furniture.quote_value("-5/32 Yield 4.312%") and not furniture.quote_value("+5")
    assert not furniture.quote_value("Shares fell 4.1%")


def test_a_standfirst_above_the_first_sentence_stays_apart():
    text = (
        "Title of the story here\nUS\nEurope\nRegulator will no longer have to prove firms acted recklessly, "
        "under new rules\nWater companies will face unlimited fines.\nThe rules start in April.\nBills will not rise."
    )
    assert clean(text, "t").paragraphs == (
        "Water companies will face unlimited fines.",
        "The rules start in April.",
        "Bills will not rise.",
    )


def test_a_nav_item_with_full_stops_is_not_the_title():
    text = "World\nU.S.\nPolitics\nWildfire forces thousands to flee as winds pick up\n\nThe fire burned on."
    assert clean(text, "t").title == "Wildfire forces thousands to flee as winds pick up"
    assert clean(text, "t").paragraphs == ("The fire burned on.",)


def test_a_short_headline_above_a_standfirst_stays_the_title():
    text = "Brexit chaos\n\nMinisters face a week of votes on the deal\n\nThe vote is on Monday."
    assert clean(text, "t").title == "Brexit chaos"


def test_a_bio_by_first_name_at_the_end_and_a_role_line_that_is_no_name():
    text = "Chip plant pauses\n\nThe plant stopped on Monday.\nIt will restart in May.\n"
    text += "Dana is a senior reporter at the site."
    assert clean(text, "t").paragraphs == ("The plant stopped on Monday.", "It will restart in May.")
    assert author_line("Senior Technology Reporter") is None
    assert author_line("Dana Mills Technology Reporter") == "Dana Mills"


def test_author_bio_at_the_end_is_dropped():
    text = "Title of the story\n\nThe board met on Monday.\n\nAna Ruiz covers education for the Example Ledger."
    assert clean(text, "t").paragraphs == ("The board met on Monday.",)


def test_datelines_with_a_mixed_case_place_or_an_unknown_capital_place():
    assert strip_dateline("Port Calder, Oregon (CNX) — Officials said more.") == "Officials said more."
    assert strip_dateline("BROOKFIELD — The board voted on Tuesday.") == "The board voted on Tuesday."
    assert strip_dateline("NATO — the alliance — said more.") == "NATO — the alliance — said more."
    assert strip_dateline("UNICEF — The agency said more.") == "UNICEF — The agency said more."
    assert strip_dateline("KELSO/NARVIK, Nov 27 (Reuters) - Talks resumed.") == "Talks resumed."  # two places
    assert strip_dateline("AC/DC - the band - played.") == "AC/DC - the band - played."
    assert strip_dateline("New York CNN — The Senate passed the bill.") == "The Senate passed the bill."
    assert strip_dateline("Bank of England — The rate was held.") == "Bank of England — The rate was held."
    assert strip_dateline("The EU — The bloc said more.") == "The EU — The bloc said more."
    assert strip_dateline("PUNE: The civic body will build 12 tanks.") == "The civic body will build 12 tanks."
    assert strip_dateline("NEW DELHI: The ministry said more.") == "The ministry said more."
    assert strip_dateline("Mr Smith: We will go on.") == "Mr Smith: We will go on."
    assert strip_dateline("Q: What will you do?") == "Q: What will you do?"
    assert strip_dateline("Marsabit, Kenya – Herders said they had lost half their cattle.") == (
        "Herders said they had lost half their cattle."
    )
    assert strip_dateline("Smith, Jones – The firm said more.") == "Smith, Jones – The firm said more."
    # The dateline opens the first paragraph of the story, below a standfirst.
    article = clean("Title here\n\nThe tanks will cost Rs 148 crore.\n\nPUNE: The civic body will build tanks.", "t")
    assert article.paragraphs == ("The tanks will cost Rs 148 crore.", "The civic body will build tanks.")


def test_furniture_glued_between_sentences_is_cut():
    assert strip_inline("Fines rose on Friday. Advertisement The court heard more.") == (
        "Fines rose on Friday. The court heard more."
    )
    assert strip_inline('"We will fix this," he said.Advertisement') == '"We will fix this," he said.'
    assert strip_inline("Advertisement revenue fell. Advertisement spending rose.") == (
        "Advertisement revenue fell. Advertisement spending rose."
    )
    assert strip_inline("The fine was small. Jo Bloggs/PA Wire The agency said more.") == (
        "The fine was small. The agency said more."
    )
    assert strip_inline("It will spend £90m by 2027. Read more: Warnings issued for six beaches") == (
        "It will spend £90m by 2027."
    )
    glued = "She said more. Watch: Sewage pours into bay Her ward is near."
    assert strip_inline(glued) == "She said more. Her ward is near."
    assert strip_inline("He said the works were done. Share this article") == "He said the works were done."
    # A label inside a sentence, and a caption credited at the end of its own line, are not cut.
    assert strip_inline("He told them to watch: the vote was close.") == "He told them to watch: the vote was close."
    assert is_furniture("Maria outside her shop. Tom Reyes/SWNS")


def test_more_furniture_glued_between_sentences_is_cut():
    assert (
        strip_inline("He said more. Story continues below this ad The board said.") == "He said more. The board said."
    )
    assert strip_inline("He said more. Advertisement - Scroll to continue The firm said.") == (
        "He said more. The firm said."
    )
    assert strip_inline("He said more. Also Read | Water cut: Supply hit on Monday The board said more.") == (
        "He said more. The board said more."
    )
    assert strip_inline(
        "A flooded street on Thursday.(ABC North Coast: Jo Bloggs)An evacuation centre has opened."
    ) == ("An evacuation centre has opened.")
    assert (
        strip_inline("The poll (Example/Ipsos) found support at 40%.")
        == "The poll (Example/Ipsos) found support at 40%."
    )


def test_captions_stamps_and_notes_run_into_a_sentence_are_cut():
    assert strip_inline("Murdered: Two men were shot in the street on SundayPolice said a man was held.") == (
        "Police said a man was held."
    )
    assert strip_inline("Jo Roe pictured with her husband at their home in LeedsThe couple said more.") == (
        "The couple said more."
    )
    assert strip_inline("Jo Roe, pictured with her husband, said she was relieved.") == (
        "Jo Roe, pictured with her husband, said she was relieved."
    )
    assert strip_inline("14:32 GMT The council met on Monday.") == "The council met on Monday."
    assert strip_inline("10.30 The council met on Monday.") == "10.30 The council met on Monday."
    assert strip_inline("Listen to this article 5 min The council met on Monday.") == "The council met on Monday."
    assert strip_inline("The council met. Copyright 2026 The Example Press. All rights reserved.") == (
        "The council met."
    )
    assert strip_inline("Sales of the PlayStation rose.") == "Sales of the PlayStation rose."


def test_a_promo_wrapped_over_lines_goes_whole():
    text = (
        "Port approves new berth today\n\nThe port approved a berth on Monday.\n\n"
        "Sign up to our business newsletter for the latest news delivered to\nyour inbox every morning.\n\n"
        "Work will start in September."
    )
    assert clean(text, "t").paragraphs == ("The port approved a berth on Monday.", "Work will start in September.")


def test_embedded_post_between_its_markers_is_dropped():
    text = (
        "Title of the story here\n\nThe judge said more.\nSkip twitter post\nAllow Twitter content?\n"
        "Some tweet text that says things.\nEnd of twitter post\nThe company said it would appeal."
    )
    assert clean(text, "t").paragraphs == ("The judge said more.", "The company said it would appeal.")
    # Without an end marker nothing after the skip link is lost.
    text = "Title of the story here\n\nSkip to the end, he said.\nThe company said it would appeal."
    assert "The company said it would appeal." in clean(text, "t").text


def test_a_related_headline_may_ask_a_question():
    text = (
        "Title of the story here\n\nThe first paragraph ends here.\nRelated Articles\n"
        "Is this the end of the high street?\nCouncil tax to rise next year\nThe council said it would pay."
    )
    assert clean(text, "t").paragraphs == ("The first paragraph ends here.", "The council said it would pay.")


def test_link_list_ends_at_a_blank_line():
    text = (
        "Most read from Example\nCarmaker recalls 400,000 cars\n\nVelmont to build battery plant in Ohio\n\n"
        "Velmont plans to build a battery plant in Ohio."
    )
    assert clean(text, "t").title == "Velmont to build battery plant in Ohio"


def test_caption_between_paragraphs_is_not_glued_to_the_next_sentence():
    text = "Title\n\nThe first paragraph ends here.\nHeartbroken: Her mother at the scene on Monday\nPolice said more."
    article = clean(text, "t")
    assert article.paragraphs == ("The first paragraph ends here.", "Police said more.")


def test_datelines_with_a_state_abbreviation_or_a_dated_agency_without_a_dash():
    assert strip_dateline("Elm Falls, N.J. — The board voted 5-2.") == "The board voted 5-2."
    assert strip_dateline("Harlow, Ont. -- The board voted 5-2.") == "The board voted 5-2."
    assert strip_dateline("MYSURU, Mar 4 (PTI) The board voted 5-2.") == "The board voted 5-2."
    assert strip_dateline("Pune [India], March 4 (ANI): The board voted 5-2.") == "The board voted 5-2."
    assert strip_dateline("Bendigo, March 4 (AAP) - The board voted 5-2.") == "The board voted 5-2."
    for kept in ("Acme, Inc. — The company said it would sell.", "Walter Price, Jr. — The actor died on Monday."):
        assert strip_dateline(kept) == kept


def test_a_known_place_and_a_colon_open_the_first_paragraph_as_a_dateline():
    assert (
        strip_dateline("Mumbai: The state will open two new metro lines.") == "The state will open two new metro lines."
    )
    kept = "Bright Futures: The charity said it would open two new schools."
    assert strip_dateline(kept) == kept


def test_agency_dateline_without_a_place_is_trimmed():
    article = clean("Title\n\n(Example News) — The senate passed the bill on Monday.", "t")
    assert article.paragraphs == ("The senate passed the bill on Monday.",)


def test_byline_line_becomes_the_byline():
    article = clean("Title here\n\nBy Ama Mensah\n\nThe council met on Monday.", "t")
    assert article.byline == "Ama Mensah"
    assert article.paragraphs == ("The council met on Monday.",)


def test_a_byline_with_the_wires_that_helped_signs_the_headline_above_its_standfirst():
    page = (
        "Kelbex\nLatest\nEurope\nWorld\n\nEurope\nEU ministers back plan to revive night trains\n"
        "Ministers agreed to fund ten new routes by 2030, but operators warn the money will not cover new carriages.\n"
        "By Ada Dufresne with agencies\nPublished on 22/03/2024 - 17:48 GMT+1\nCopy/paste the article video embed "
        "link below:\n\nEuropean Union transport ministers on Friday backed a plan to fund ten new night train routes."
    )
    article = clean(page, "t")
    assert (article.title, article.byline) == ("EU ministers back plan to revive night trains", "Ada Dufresne")
    assert (
        article.paragraphs[-1]
        == "European Union transport ministers on Friday backed a plan to fund ten new night train routes."
    )
    assert not any("embed" in p for p in article.paragraphs)


def test_a_caption_printed_plain_then_with_its_credit_goes_and_a_stamp_with_its_reading_time_signs_the_headline():
    caption = "The Kelby School District board voted Thursday to move to a four-day week starting in August."
    story = "Students in the Kelby School District will go to class four days a week from this fall, the board decided."
    page = (
        "Advertisement\nKelby Courier\nSchool board approves four-day week for Kelby district\nJo Roe, Kelby Courier\n"
        f"Updated Sat, March 23, 2024 at 8:12 AM EDT·5 min read\n{caption}\n{caption} (Kelby Courier/Ann Vey)"
        f"\n\n{story}"
    )
    article = clean(page, "t")
    assert (article.title, article.paragraphs) == ("School board approves four-day week for Kelby district", (story,))


def test_a_mastheads_slogan_is_furniture_and_a_header_block_ending_in_a_credited_caption_keeps_its_headline():
    page = (
        "Skip to content\nThe Kelby Clarion\nKelby's Most Trusted Newspaper\nHome\nNews\nPolitics\nSports\n\nNews\n"
        "Flood: 3,000 displaced as river overflows in Ikodu, govt promises relief camps\n22nd March 2024\n"
        "By  Ada Okafor-Bello\nKindly share this story:\nFlood victims wading through water in Ikodu. Photo: Jo Roe\n\n"
        "No fewer than 3,000 residents of Ikodu have been displaced after the river overflowed its banks, officials "
        "said on Thursday.\n\nThe flood, which began late on Tuesday, submerged more than 600 houses, the agency said."
    )
    article = clean(page, "t")
    assert article.title == "Flood: 3,000 displaced as river overflows in Ikodu, govt promises relief camps"
    assert article.byline == "Ada Okafor-Bello"
    assert is_furniture("Kelby's Most Trusted Newspaper") and is_furniture("The Voice of Kelby")
    assert not is_furniture("The Voice of Kelby campaign said it would fight the plan.")


@pytest.mark.parametrize(
    "note",
    [
        "—With assistance from Lars Berg and Ada Castell.",
        "Kelby Ledger is supported by the Acme Family Foundation, the Vale Trust and readers like you. See a full list "
        "of our funders.",
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
        "You are free to republish this story under a Creative Commons license. Please credit Kelby Ledger and "
        "include a link to our website. Photos may not be republished without permission.",
    ],
)
def test_a_wires_helpers_a_newsrooms_funders_and_its_republishing_terms_are_furniture(note):
    assert is_furniture(note)


def test_a_caption_over_a_photographers_credit_goes():
    lead = "Acme Bank is exploring a sale of about €4 billion of shipping loans after supervisors raised concerns."
    story = (
        "The Oslo-listed lender has held early talks with private credit funds and at least one Asian bank about the "
        "portfolio, which is made up mostly of loans to tankers."
    )
    after = "A spokesperson for Acme declined to comment on the potential sale."
    page = (
        f"Acme Bank to sell shipping loans\n\n{lead}\n\n{story}\n"
        f"Acme Bank's headquarters in Bergen, Norway, on Jan. 30.\nPhotographer: Jo Roe/Meridian\n\n{after}"
    )
    assert clean(page, "t").paragraphs == (lead, story, after)


def test_a_menu_with_initials_a_dated_headline_over_its_dek_and_a_video_card_introducing_its_reporter():
    lead = "Commissioners in a rural county voted Monday night to keep irrigation canals open in defiance of the state."
    page = (
        "Kelby News\nClose main menu\nPolitics\nU.S.\nMedia\nOpinion\nSports\nWatch TV\nLogin\n\nU.S.\n"
        "Published March 19, 2024 6:00am EDT\n"
        "Rural county votes to defy state water board, sets up showdown over irrigation cutoff\n"
        "Commissioners in Calder County say the state is 'starving' farmers to protect a fish\n"
        "By Jo Roe Kelby News\nclose\nVideo\nFarmers push back on state water cutoff\n"
        "Kelby News' Ann Vey reports from Calder County on the fight over irrigation rights.\nListen 5 min\n\n"
        f"{lead}\n\nThe board voted 3-0 to direct the water district to ignore the order, its chairman said.\n"
        "A canal near Marlow, in Calder County, on March 14, 2024.\nBen Whit | Kelby News\n\n"
        "Harnell said the county was prepared for that fight and would hire outside lawyers."
    )
    article = clean(page, "t")
    assert article.title == "Rural county votes to defy state water board, sets up showdown over irrigation cutoff"
    assert (
        article.paragraphs[-4:]
        == (
            lead,
            "The board voted 3-0 to direct the water district to ignore the order, its chairman said.",
            "Harnell said the county was prepared for that fight and would hire outside lawyers.",
        )[-4:]
    )
    assert not any("reports from" in p or "canal near" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Ada Pemberley North of England correspondent",  # an author line, a beat with "of" in it
        "The trust says it has opened extra beds. File pic: PA",  # a caption over a file picture's credit
        "Army veteran Jo Roe tells 'Kelby Morning' he now drives three hours each way for a checkup.",  # a video's
    ],
)
def test_an_author_with_a_beat_a_file_pictures_caption_and_a_video_caption_to_a_programme_are_furniture(line):
    assert is_furniture(line)


def test_a_headline_printed_twice_under_an_author_row_with_a_stamp_and_again_in_a_share_box_is_the_title_once():
    head = "Civic body to fine contractors Rs 5,000 a day for every unrepaired pothole"
    story = "The Navpur Municipal Corporation will fine road contractors Rs 5,000 a day for every unrepaired pothole."
    page = (
        f"The Kelby Times\nEdition\nCity\nNews\nCity News\nNavpur News\n{head}\n{head}\n"
        f"Ada Sengupta / TNN / Updated: Oct 14, 2025, 22:15 IST\nShare\n{story}\n\n"
        f"The penalty will apply to the 46 contractors holding road contracts, the commissioner said.\n\n"
        f"Share or comment on this article:\n{head}"
    )
    article = clean(page, "t")
    assert article.title == head
    assert head not in article.paragraphs and article.paragraphs[0] == story


def test_a_press_releases_closing_sections_go_and_the_release_stays():
    text = (
        "News provided by\nQuillon Foods, Inc.\nApr 2, 2025, 09:00 ET\n"
        "Quillon Foods Opens Second Bakery Plant in Ohio\n"
        "DAYTON, Ohio, April 2, 2025 /ExampleWire/ -- Quillon Foods, Inc. today opened a bakery plant in Dayton.\n"
        "The plant will employ 240 people, the company said.\n"
        "About Quillon Foods\nQuillon Foods, Inc. bakes bread for grocers in 14 states. It was founded in 1961.\n"
        'Forward-Looking Statements\nThis release may include statements about plans. Words such as "will" '
        "identify them.\nMedia Contact:\nRuth Ames\nSOURCE Quillon Foods, Inc."
    )
    article = clean(text, "t")
    assert article.title == "Quillon Foods Opens Second Bakery Plant in Ohio"
    assert article.paragraphs == (
        "Quillon Foods, Inc. today opened a bakery plant in Dayton.",
        "The plant will employ 240 people, the company said.",
    )


def test_an_about_label_above_the_story_is_not_a_release_section():
    text = (
        "About Town\n\nCouncil opens new library in Elm Park\n\nThe council opened a library on Monday.\nIt cost £2m."
    )
    article = clean(text, "t")
    assert article.paragraphs == ("The council opened a library on Monday.", "It cost £2m.")
    # After the story, a title-case subheading starting "About" keeps the paragraph under it.
    text = "Library opens\n\nThe council opened a library on Monday.\nAbout Elm Park\nThe suburb has 9,000 residents."
    assert clean(text, "t").paragraphs == ("The council opened a library on Monday.", "The suburb has 9,000 residents.")


def test_a_two_sentence_author_bio_goes_wherever_it_stands():
    text = (
        "Rovers sign keeper on loan\nNadia Okoye\nNadia Okoye is a football reporter for the site. "
        "She covers the Rovers and the Northern League.\nRovers have signed goalkeeper Ian Bell on loan.\n"
        "Manager Paul Reed said Bell would start on Saturday."
    )
    assert clean(text, "t").paragraphs == (
        "Rovers have signed goalkeeper Ian Bell on loan.",
        "Manager Paul Reed said Bell would start on Saturday.",
    )
    text = "Ferry title\nBy Ana Ruiz\nThe ferry stops in May.\nAna Ruiz has contributed to the magazine since 2018."
    assert clean(text, "t").paragraphs == ("The ferry stops in May.",)
    # A reporter in the news, in one sentence, stays.
    assert furniture.full_bio("Jo Marsh is a reporter for the Courier who was detained on Monday.") is False


def test_a_headline_with_a_label_above_the_story_is_the_title_and_a_caption_below_it_goes():
    text = (
        "Europe\nSpain: Drought forces water cuts in Catalonia\nTaps will run dry at night from Monday.\n"
        "Officials said the cuts would last a month.\nParched: The Sau reservoir on Sunday\n"
        "Farmers said crops would fail."
    )
    article = clean(text, "t")
    assert article.title == "Spain: Drought forces water cuts in Catalonia"
    assert "Parched" not in article.text
    assert "Farmers said crops would fail." in article.text
    # Under the headline, a caption with a label goes, hard-wrapped or not, before the story's first sentence.
    for text in (
        "Crash leaves rider hurt on Elm Road\n\nBy ADA NOVAK\n\nInjured: Jo Roe, 41, was hit near her home\n"
        "A cyclist was left badly hurt after being hit by a van whose driver\ndrove off, police said.",
        "Crash leaves rider hurt on Elm Road\nBy ADA NOVAK\nInjured: Jo Roe, 41, was hit near her home\n"
        "A cyclist was left badly hurt after being hit by a van whose driver drove off, police said.",
    ):
        article = clean(text, "t")
        assert article.paragraphs == (
            "A cyclist was left badly hurt after being hit by a van whose driver drove off, police said.",
        )


def test_a_credit_a_link_label_and_a_reporting_note_glued_into_a_line_are_cut():
    assert strip_inline("Crews at the scene on Elm Road. Picture: Ada Novak The blaze began at 3am.") == (
        "Crews at the scene on Elm Road. The blaze began at 3am."
    )
    assert strip_inline('Crews at the scene.Photo: Ada Novak/Harbour Post "We were lucky," he said.') == (
        'Crews at the scene. "We were lucky," he said.'
    )
    assert strip_inline("The blaze began at 3am. Read More: Driver held after crash The brigade stayed all night.") == (
        "The blaze began at 3am. The brigade stayed all night."
    )
    assert strip_inline("The blaze began at 3am. (Reporting by Ada Novak; Editing by Lars Berg)") == (
        "The blaze began at 3am."
    )
    # Words after a label that open a sentence are not a name: the line stays whole.
    line = "The report was published. Image: The cover shows a map. The council said it was wrong."
    assert strip_inline(line) == line


def test_an_appeal_under_a_support_button_goes_with_its_pitch():
    text = (
        "Title of the story here\n\nThe council met on Monday.\nSupport Harbourline\n"
        "At Harbourline, we believe everyone deserves good local reporting. That is why we keep it free.\n"
        "Would you help us keep our journalism free by contributing as little as $2?\nSupport Harbourline\n"
        "Already contributed? Log in to hide these messages.\nThe vote is next week."
    )
    assert clean(text, "t").paragraphs == ("The council met on Monday.", "The vote is next week.")


def test_a_credit_run_into_the_sentence_after_it_at_a_lines_start_goes_and_the_sentence_stays():
    line = "Ada Novak/SWNS Police are appealing for dashcam footage from the area."
    assert not is_furniture(line)
    assert strip_inline(line) == "Police are appealing for dashcam footage from the area."
    assert is_furniture("Ada Novak/SWNS")
    text = "Crash title here\n\nA cyclist was hurt on Monday.\n" + line
    assert clean(text, "t").paragraphs == (
        "A cyclist was hurt on Monday.",
        "Police are appealing for dashcam footage from the area.",
    )


def test_the_question_a_comment_promo_puts_goes_with_it():
    assert is_furniture("Should bus fares be capped for pensioners? Tell us in the comments below")
    assert strip_inline("Is the plan fair? The council said it was. Sign up for our newsletter.") == (
        "Is the plan fair? The council said it was."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Have a tip about ferry fares? Contact the Tidewell Post investigations desk at tips@tidewell.example.",
        "Were you on the train? Tell us here.",
        "Is your child's school affected? Email schools@kelbyherald.example",
        "Got a story about your landlord? Send us the details in confidence.",
        "Do you know the family? Get in touch with our newsdesk.",
    ],
)
def test_a_call_for_readers_stories_is_furniture(line):
    assert is_furniture(line)
    story = "Trains were cancelled across Kelby on Monday."
    text = f"Trains cancelled after storm\n\n{story}\n\n{line}\n\nThe line reopens on Friday."
    assert clean(text, "t").paragraphs == (
        "Trains were cancelled across Kelby on Monday.",
        "The line reopens on Friday.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Why did you stay? Contact with the family was lost in 2019, she said.",
        "Did you know? Contact lenses were first made in 1888.",
        '"What would you do? Tell us that," the mayor said.',
        "What would you do? Tell me that.",
    ],
)
def test_a_question_the_story_goes_on_from_is_no_call_for_stories(line):
    assert not is_furniture(line)


_STORY = (
    "Kelby to build a desalination plant\n\n"
    "The Kelby Water Board will build a desalination plant at Karr Point, the minister said on Monday.\n\n"
    "The plant will supply 40,000 homes by 2027. It will cost Rs.14 billion.\n\n"
    "Residents now receive piped water for four hours every second day.\n\n"
)


def test_the_comments_under_a_story_are_not_the_story():
    comments = (
        "Comments - 3\nAdd comment\n"
        "Comments will be edited and authorised at the discretion of the Kelby Beacon. "
        "The website also has the right not to publish selected comments.\n"
        "Reply To:\nName - Reply Comment\n"
        "Prasanna Thursday, 14 March 2024 07:52 AM\n"
        "The last minister promised the same thing in 2019 and nothing happened.\n"
        "Alex M. • Mar 14, 2024 at 8:31 am\n"
        "Finally some good news for the coast.\n"
    )
    paragraphs = clean(_STORY + comments, "t").paragraphs
    assert paragraphs[-1] == "Residents now receive piped water for four hours every second day."
    assert not any("promised" in p or "good news" in p for p in paragraphs)


def test_a_comment_whose_stamp_stands_on_a_line_under_its_commenters_name_is_no_story():
    comments = (
        "6 comments\nSort by\nBest\nJo Whitby\n2 hr ago\n"
        "The board said it would fix this in 2019 too and nothing happened.\nReply\nLike 4\n"
        "Ann Roe\n45 min ago\nGood news at last.\nReply\n"
    )
    paragraphs = clean(_STORY + comments, "t").paragraphs
    assert paragraphs[-1] == "Residents now receive piped water for four hours every second day."


@pytest.mark.parametrize(
    "line",
    [
        "Welcome back! You've successfully signed in.",
        "You've successfully subscribed to The Kelby Ledger",
        "Success! Your account is fully activated, you now have access to all content.",
        "Success! Your billing info has been updated.",
        "Your link has expired.",
        "Great! Next, complete checkout for full access to The Kelby Ledger",
    ],
)
def test_a_membership_sites_account_notices_are_furniture(line):
    assert is_furniture(line)


def test_a_count_of_comments_between_paragraphs_does_not_end_the_story():
    text = _STORY + "112 comments\n\nAdvertisement\n\nThe board said work would start in May.\n"
    assert clean(text, "t").paragraphs[-1] == "The board said work would start in May."


@pytest.mark.parametrize(
    "line",
    [
        "Comments will be moderated.",
        "Comments can only be added by registered users. Please log in to post your comment.",
        "You must be logged in to post a comment.",
        "Read the comments policy here.",
        "Leave a Reply",
        "Users with a Kelby ID can leave comments on our news stories. You can create your Kelby ID via this link. "
        "Our guidelines on commenting and moderation are explained here.",
    ],
)
def test_a_comment_sections_notices_and_buttons_are_furniture(line):
    assert is_furniture(line)


def test_who_may_comment_on_a_site_is_its_notice_but_who_commented_on_a_plan_is_news():
    assert not is_furniture("Residents can leave comments on the plan at the town hall until Friday.")
    assert not is_furniture("Members of the public can post comments on the council's consultation page.")


def test_a_sentence_that_says_who_can_sign_up_is_the_storys():
    line = "The county will send text alerts when the river rises. Residents can sign up for the alerts on its website."
    assert strip_inline(line) == line
    assert not is_furniture("Customers can sign up for those alerts on the authority's website.")
    assert is_furniture("You can sign up for alerts here.")
    assert is_furniture("Sign up for our daily newsletter.")


def test_one_who_will_not_or_refused_to_sign_up_to_a_deal_is_the_storys():
    assert not is_furniture("But drivers' union Kelbix said it would not sign up to the overtime deal.")
    assert not is_furniture("Farmers refused to sign up to the scheme, and the union won't sign up to it either.")
    assert is_furniture("Click here to sign up to our free newsletter.")


def test_a_caption_tagged_as_a_file_picture_is_furniture_and_no_headline():
    page = (
        "News\nIreland\n\nUpdated / Tuesday, 4 Mar 2025 15:47\n\n"
        "The island has had no scheduled passenger service since early January (File image)\n\n"
        "Kelby ferry to resume by June under new contract\n\nBy Jo Roe\n\n"
        "A scheduled ferry service to Kelby Island will resume by the start of June under a new five-year contract, "
        "the transport authority has confirmed.\n\nThe authority said the operator would run three sailings a day."
    )
    assert clean(page, "t").title == "Kelby ferry to resume by June under new contract"
    assert not is_furniture("The council said it would publish the file photo policy (its own) in June.")


def test_a_messaging_channels_call_and_an_authors_years_of_experience_are_furniture():
    assert is_furniture(
        "Stay informed and ahead of the curve! Follow The Kelby Times on WhatsApp for real-time updates, "
        "breaking news, and exclusive content. Don't miss a headline – join now!"
    )
    bio = "Okafor has over six years of experience covering markets and local government in the South-West for KELBY."
    assert author_bio(bio)
    assert not author_bio("Okafor has over six years of experience in the trade and said the market would reopen.")
    assert not is_furniture("Residents should stay informed about the flood risk, the council said.")


def test_an_authors_disclosure_and_the_sites_partners_are_furniture():
    page = (
        "Cities promise to plant millions of trees. Here is why so many die within five years\n\n"
        "Published: March 4, 2025 1.22pm GMT\n\n"
        "Disclosure statement\nAda Kerr receives funding from the Kelby Tree Trust. She has advised Kelby City "
        "Council on its tree strategy on an unpaid basis.\n\nPartners\nUniversity of Dunmore provides funding "
        "as a member of The Example UK.\n\n"
        "Republish our articles for free, online or in print, under Creative Commons licence.\n\n"
        "Kelby City Council has pledged to plant 250,000 trees by 2030, part of a wave of similar promises from "
        "local authorities trying to cool their streets.\n\nOur research suggests many of them will die."
    )
    text = clean(page, "t").text
    assert "Kelby Tree Trust" not in text and "University of Dunmore" not in text and "Republish" not in text
    assert text.startswith("Kelby City Council has pledged")


@pytest.mark.parametrize(
    "line",
    [
        "The Kelby Farm Bureau has been a financial supporter of The Kelby Ledger, a nonprofit, nonpartisan news "
        "organization that is funded in part by donations from members. Financial supporters play no role in the "
        "Ledger’s journalism. Find a complete list of them here.",
        "Join us for conversations that matter with newly announced speakers at the 2025 Kelby Ledger Festival, "
        "Nov. 13-15 in downtown Dunmore.",
        "Learn about The Kelby Ledger’s policies, including our partnership with The Trust Project.",
        "The Kelby Ledger is a member-supported, nonpartisan newsroom informing readers on state politics.",
        "Who Funds Us?",
        "KTV.ie is the website of Kelby Television, the national broadcaster. KTV is not responsible for the "
        "content of external internet sites.",
    ],
)
def test_a_nonprofit_newsrooms_supporter_policy_and_festival_notes_are_furniture(line):
    assert is_furniture(line)


def test_a_story_about_a_supporter_or_a_festival_is_not_furniture():
    assert not is_furniture("The bank has been a major sponsor of the Kelby arts festival since 2010, its chief said.")
    assert not is_furniture("Organisers said tickets for the festival, which features 40 speakers, sold out in a day.")


def test_a_speaker_who_will_not_sign_up_to_a_scheme_is_quoted_not_promoting():
    line = (
        "The group had concerns about liability. “We will study the proposal carefully,” he said. "
        "“We are not going to sign up to a compensation scheme before we understand who pays for what.”"
    )
    assert strip_inline(line) == line
    assert strip_inline("He said so. Sign up for our daily newsletter.") == "He said so."


def test_a_sponsors_credit_is_furniture_and_a_story_about_an_official_is_not():
    assert is_furniture(
        "Kelby Park is presented by Harbour Health, the Official Healthcare Provider of Kelby Athletics."
    )
    assert is_furniture("Kelby Ford Dealers – Official Vehicle of the Hawks")
    assert not is_furniture("The official provider of the service, Kelby Care, said it would close the unit.")


def test_the_headline_under_a_college_sites_menu_and_over_its_story_links_is_the_title():
    menu = "\n".join(
        ["Skip To Main Content", "Kelby State University Athletics", "Tickets", "Shop", "Sports", "Baseball"]
    )
    page = (
        f"{menu}\nFootball\nSoftball\nSchedule\nRoster\nNews\nWomen's Soccer\n3/14/2024 11:00:00 AM\nPrint\nRSS\n\n"
        "Kelby State announces $6.5 million renovation of Hawk Field\nStory Links\nHawk Field Renderings\n"
        "2024 Women's Soccer Schedule\n\n"
        "Kelby State University will begin a $6.5 million renovation of Hawk Field this summer, its athletics "
        "director announced Thursday.\n\nThe project is funded by a $4 million gift from alumni.\n"
    )
    article = clean(page, "t")
    assert article.title == "Kelby State announces $6.5 million renovation of Hawk Field"
    assert article.paragraphs[0].startswith("Kelby State University will begin")


@pytest.mark.parametrize(
    "line",
    [
        "The Kelby Post is now on Telegram. Join our channel here.",
        "Kelby Post English is available on WhatsApp.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Please select at least one mailing list.",
        "We use Mailchimp as our marketing platform.",
        "Independent journalism costs money. Support the Kelby Post for the price of a coffee.",
        "Jo Roe can be reached at jroe@kelbypost.example or 555-0100.",
        "For complete coverage of Kelby football, follow @KelbyFC on X and Instagram.",
        "Kelby Media Ltd is registered in England and Wales, company number 01234567.",
        "The Kelby Post uses AI tools to assist with research, while maintaining editorial oversight.",
    ],
)
def test_round_thirteens_chrome_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council is now on WhatsApp, its leader said, so residents can report potholes.",
        "Kelby Rovers are registered in England, the league said.",
        "The paper uses AI tools, its editor said, but editorial standards have not changed.",
        "Police said the man could be reached at his home.",
        "Fans can follow the club on Instagram.",
    ],
)
def test_story_sentences_like_round_thirteens_chrome_stay(line):
    assert not is_furniture(line)


def test_a_caption_of_two_sentences_over_its_labelled_credit_goes():
    caption = (
        "Residents fetch water from the Rukarara stream on January 10. The district has the lowest rate of piped water."
    )
    assert is_furniture(f"{caption} Photo: Jo Roe.")
    line = "The CEO addresses residents at the launch on Monday. Photo: Jo Roe.Some residents said they would wait."
    assert strip_inline(line) == "Some residents said they would wait."
    story = "The council voted on Tuesday. The mayor said it was a good day for Kelby. Photo: Jo Roe."
    assert strip_inline(story) == story  # someone's words: the story's sentences, not a caption


def test_an_agency_copys_source_and_editor_row_signs_the_headline_above_it():
    page = (
        "kelbynet\nEnglish\nHome\nChina\nWorld\nBusiness\n"
        "Lanshan to put 1,200 hydrogen buses on roads by 2027\n"
        "Source: Kelbynet| 2025-01-05 18:22:41|Editor: kelbynet\n"
        "LANSHAN, Jan. 5 (Kelbynet) -- Lanshan will put 1,200 hydrogen buses into service by 2027, "
        "the city's transport bureau said on Sunday.\n"
        "The plan is part of the city's efforts to cut carbon emissions.\n"
    )
    assert clean(page, "t").title == "Lanshan to put 1,200 hydrogen buses on roads by 2027"


def test_a_forwarded_mail_is_its_message_without_the_forwarders_note():
    mail = (
        "Hi Tom,\n\nForwarding this from this morning's Brief. Worth reading before Thursday.\n\nSara\n\n"
        "From: The Kelby Brief <hello@kelbybrief.example>\nSent: Monday, 3 February 2025 07:02\n"
        "To: Sara Lind <s.lind@kelby.example>\nSubject: Kelby's buses go electric\n\n"
        "Kelby Transit to replace diesel fleet with 60 electric buses by 2027\nBy Martin Okoye\n\n"
        "Kelby Transit will replace 60 of its diesel buses with electric models by the end of 2027.\n\n"
        "You are receiving this email because you signed up at kelbybrief.example.\n"
    )
    article = clean(mail, "t")
    assert article.title == "Kelby Transit to replace diesel fleet with 60 electric buses by 2027"
    assert article.paragraphs == (
        "Kelby Transit will replace 60 of its diesel buses with electric models by the end of 2027.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Enjoyed this?",
        "Forward it to a friend.",
        "Want to change how you receive these emails?",
        "You can update your preferences or unsubscribe from this list.",
        "This email and any attachments are confidential and intended solely for the addressee. If you have received "
        "it in error, please notify the sender and delete it. Kelby Chamber is a company limited by guarantee, "
        "registered in England No. 01234567.",
        "Share:",
        "Kelbynews is part of the Kelby family of brands.",
        "This article was written by a Local Democracy Reporter. The Local Democracy Reporting Service is funded by "
        "the BBC and local news organisations to cover local councils and public services.",
        "Stay up to date with personalised news on your phone.",
        "Supported by Harbour Energy — powering Kelby since 1962.",
        "Presented by Lakeside Health",
    ],
)
def test_round_fourteens_chrome_is_furniture(line):
    assert is_furniture(line)


def test_a_posts_stamp_and_sections_sign_its_headline_and_a_members_prompt_goes():
    assert furniture.stamp_only("Posted 1 October 2024 in Pay & conditions, Branch news")
    assert not furniture.stamp_only("The plant opened in 2024 in Kelby")
    assert is_furniture("Members: read the full details of the agreement in the Members' area (login required).")
    assert not is_furniture("The vote (members only) was held on Friday and the union said it would strike.")
    page = (
        "Kelby Radiographers\nAbout us\nNews\nCampaigns\n"
        "Radiographers vote to accept revised pay offer after six-month dispute\n"
        "Posted 1 October 2024 in Pay & conditions, Branch news\n"
        "Members of the Kelby Radiographers have voted to accept a revised pay offer from the health partnership.\n"
    )
    assert clean(page, "t").title == "Radiographers vote to accept revised pay offer after six-month dispute"


def test_a_sentence_opening_with_its_supporter_is_the_storys():
    assert not is_furniture("Supported by the council, the festival drew 4,000 people.")
    assert not is_furniture("Powered by Kelby Energy, the buses will run from May.")


@pytest.mark.parametrize(
    "line",
    [
        "Jump to search",
        "Language selection",
        "Français",
        "You are here:",
        "Date modified: 2024-10-02",
        "Forwarded from Capital Desk",
        "From Wikinews, the free news source you can write!",
        "Location of Velmora (red) within the Calder Coast region. Image: Wikinews contributors.",
    ],
)
def test_round_fifteens_chrome_is_furniture(line):
    assert is_furniture(line)


def test_a_military_sites_credited_caption_and_a_credit_in_capitals_run_into_the_story_go():
    line = (
        "Photo By Sgt. Jo Roe | U.S. Army Soldiers with the 717th Multi-Role Bridge Company connect bridge bays on "
        "the Tarrow River, Sept. 12, 2024. The exercise tested the unit at night. (U.S. Army photo by Sgt. Jo Roe)"
    )
    assert is_furniture(line)
    assert is_furniture("Courtesy Photo | U.S. Army Sgt. Malik Ferreira guides a bay section into place.")
    glued = "The MV Tui Koro at the jetty last week. Picture: SUPPLIEDResidents of three islands will get a ferry."
    assert strip_inline(glued) == "Residents of three islands will get a ferry."


def test_a_caption_and_its_credit_run_into_the_story_with_no_space_go():
    for glued, story in (
        (
            "Volunteers weigh the urchins they removed from the reef on Saturday.Credit: Jo RoeIn two hours the "
            "divers can clear a whole reef.",
            "In two hours the divers can clear a whole reef.",
        ),
        (
            "Members of the society at the old factory. Photo: Għaqda tan-Nar San MikielĦal Kelby mayor Jo Roe said "
            "the council would commission a safety study.",
            "Ħal Kelby mayor Jo Roe said the council would commission a safety study.",
        ),
        (
            "Jo Roe has bought fuel at the station for 30 years. SUPPLIEDThe Kelby Trust said it would take on the "
            "station.",
            "The Kelby Trust said it would take on the station.",
        ),
    ):
        assert strip_inline(glued) == story
    kept = "The council voted on Monday. NASA engineers said the bridge was safe."
    assert strip_inline(kept) == kept


def test_a_channels_pictographs_and_a_points_glyph_are_no_words():
    page = (
        "Skip to main content\nLanguage selection\nFrançais\n\n"
        "🔴 Council approves water trucking for Dabuli district\n\n"
        "The Eastern Highlands Regional Council on Wednesday approved a plan to truck water to 27 villages.\n\n"
        "• The council said it would hire 40 private water trucks.\n"
    )
    article = clean(page, "t")
    assert article.title == "Council approves water trucking for Dabuli district"
    assert article.paragraphs[-1] == "The council said it would hire 40 private water trucks."


def test_a_story_sentence_about_comments_stays():
    assert not is_furniture("Comments will be accepted until March 3, the agency said.")
    assert not is_furniture("Comments made by the minister were reviewed by officials.")


def test_a_promos_imperative_blurb_goes_with_it_and_a_reported_sentence_stays():
    line = "Start the day with the stories that matter. Sign up for our Daybreak newsletter."
    assert is_furniture(line)
    line = "Receive the best of The Quarterly, every week, in your in-box, plus alerts when we publish."
    assert is_furniture(line)
    assert strip_inline("Get the facts first, the mayor said. Sign up for our newsletter.") == (
        "Get the facts first, the mayor said."
    )


_FURNITURE_WORDS = (
    "Getty",
    "SWNS",
    "pictured",
    "newsletter",
    "inbox",
    "Read more",
    "Scroll down",
    "comment!",
    "More news",
    "continued below",
    "continues below",
    "Most watched",
    "A A A",
    "• Share",
    "Share this",
    "Share Article",
    "Share or comment",
    "Share what",
    "PUBLISHED",
    "Last updated",
    "2021-03-24",
    "(AP)",
    " By ",
    "Relieved:",
    "Frustration:",
    "Credit:",
    "Copyright",
    "contributed to this report",
    "Advertisement",
    "You may also like",
    "Related:",
    "Related article",
    "Photograph",
    "Credit",
    "(CNX)",
    "BROOKFIELD",
    "Comments 87",
    "42 shares",
    "e-mail",
    "Explore more",
    "small favour",
    "Support us",
    "Our Standards",
    "Topics:",
    "Tech Privacy",
    "Home >",
    "Subscribe ",
    "Email us",
    "earn a commission",
    "earn commission",
    "Key events",
    "Most Popular",
    "Follow topics",
    "WATCH",
    "VIDEO",
    "Don't miss",
    "Data is",
    "use cookies",
    "Listen to",
    "was amended",
    "updated to include",
    "BST",
    "JavaScript",
    "appears in",
    "Photograph by",
    "is a writer",
    "unlimited access",
    "Click here",
    "We pay for",
    "From the section",
    "Player of the match",
    "straight to your",
    "Source:",
    "headlines are here",
    "Check out",
    "head to",
    "unsubscribe",
    "sign-up",
    "something went wrong",
    "gift articles",
    "is a reporter",
    "appears in print",
    "opens new tab",
    "http",
    "Twitter",
    "hide caption",
    "transcripts",
    "To contact",
    "Most Read",
    "preferred source",
    "Politics & Policy",
    "in your inbox",
    "PA Wire",
    "Watch:",
    "your inbox",
)

_KEPT = {
    "tabloid": [
        "A village baker has won her fight to keep her shop open",
        "Maria Lindqvist, 54, said she would reopen the bakery on Monday",
        "Council leader Gareth Pryce said the authority would review",
        "Residents said the bakery had been a meeting place",
    ],
    "wire": [
        "A robotic rover has found rock layers",
        "The space agency plans to send a second rover",
    ],
    "magazine": [
        "Night trains were written off a decade ago",
        "The rail company said it will add six sleeper routes",
        "Critics say the services still depend on public money",
    ],
    "regional": [
        "The Riverside Bridge will stay closed to traffic",
        "The council said it will open a temporary footbridge",
        "Bus routes will be diverted over the Mill Lane crossing",
    ],
    "cable": [
        "Officials in Port Calder ordered thousands of residents",
        "Governor Elaine Varga said the state would send 400 more firefighters",
        "The utility Cascade Power said it will shut off electricity",
    ],
    "mail": [
        "A grandmother who was told to pay",
        "The trust said on Monday it had cancelled the fines",
        "said it will refund all drivers",
        "Local MP Derek Haines said he would raise the case",
    ],
    "broadsheet": [
        "Ministers will cap rents in a dozen planned new towns",
        '"People moving to these towns deserve to know what they will pay," Castell said.',
        "The National Landlords Forum said it will challenge the plans",
        "Renters in the existing towns said they had waited too long for protection.",
    ],
    "reuters": [
        "Norveld's central bank kept its main interest rate unchanged",
        "Governor Ingrid Falk said the bank would cut rates",
        "The krona weakened 0.4% against the euro after the announcement.",
    ],
    "local_us": [
        "The Brookfield school board voted 5-2",
        "Superintendent Gloria Ames said the district will post the new routes",
        "Parents had complained for most of the school year",
        "Board member Rita Shaw, who voted against the deal",
    ],
    "local_uk": [
        "Plans for 200 homes on a former quarry site",
        "The developer, Hallam Homes, said it will build a new primary school",
        "A spokesperson for Hallam Homes said work would start next spring.",
    ],
    "tech": [
        "Loomly will stop storing voice recordings",
        "Chief executive Priya Danvers said the company would hire an outside firm",
        '"We got this wrong, and we are fixing it," Danvers wrote.',
        "Loomly did not immediately respond to a request for comment.",
    ],
    "sports": [
        "Tunde Okafor scored twice as Harton United beat Kelsby Rovers 3-1",
        "Harton manager Sven Aldous said his side would not get carried away",
        'Kelsby boss Ruth Caine said her team had been "punished for two mistakes".',
    ],
    "business": [
        "Orrin Foods shares fell 9% on Monday",
        "Chief executive Marcus Bell said the company will raise prices",
        "Analysts at Trellis Capital said the warning was worse than expected",
        "Share prices of other snack makers also fell in early trading.",
        "Orrin said it would cut 600 jobs",
    ],
    "consent": [
        "Engineers will rebuild flood defences along the Vessa river",
        "Regional president Tomas Hradek said the government would spend 120 million euros",
        '"No family should have to go through this again," Hradek said.',
        "The European Commission said it will consider a request for emergency funds next month.",
    ],
    "liveblog": [
        "The ferry operator Coastline said it would cancel all sailings until Thursday morning.",
        "About 45,000 homes are without power",
        "Northgrid said engineers would restore supplies",
        "More than 200 schools have closed across the region",
        "The Met Office has issued an amber warning",
    ],
    "longread": [
        "The island of Carrow has had a keeper for 180 years.",
        "The lighthouse board said last year that it would automate Carrow by 2027",
        "Nia Ward has started a petition to keep the keepers",
    ],
    "fox": [
        "Senator Greta Halvorsen on Thursday unveiled a plan",
        "Representative Carl Boone said his committee would hold a hearing",
        "Critics in the industry said the grants would duplicate existing programs.",
    ],
    "mirror": [
        "A dog walker was rescued from a cliff ledge near Kelmouth",
        "Coastguard station manager Owen Price said the team would review signs",
        "The spaniel was found safe at home the next morning.",
    ],
    "nyt": [
        "The city of Marlow will close three public libraries this spring",
        "Mr. Carrow said the city would reopen the branches",
        "The city council is expected to vote on the budget next week.",
    ],
    "tv_local": [
        "Firefighters contained a large fire at a warehouse in Millbrook",
        "Fire Chief Roberto Salas said investigators would try to determine the cause",
        "Industrial Road will stay closed between Fifth Street and Oak Avenue",
    ],
    "bbc": [
        "A ferry company has been fined £2m",
        "Judge Anna Pereira said the company had ignored repeated warnings",
        "In a statement, Isleways said it would install new ramps",
        'Mr Carvell\'s mother, Joan, said: "No fine will bring Liam back."',
    ],
    "npr": [
        "Farmers in the Rio Seco valley say they will leave a third of their fields unplanted",
        "The board said it would review the cuts in July",
    ],
    "bloomberg": [
        "Velmont Motors Inc. plans to build a $3 billion battery factory in Ohio",
        "Chief Executive Officer Sandra Koenig said the company will make batteries",
        "The state will provide $400 million in tax credits",
    ],
    "axios": [
        "Governor Alma Reyes on Thursday signed a law",
        "The state becomes the 14th to guarantee paid leave",
        '"No one should have to choose between a paycheck and a newborn," Reyes said at the signing.',
        "The state labor department said it would publish the rules by January.",
    ],
    "glued": [
        "magistrates ruled on Friday. The court heard that the spills closed three beaches",
        "Chief executive Daniel Frost said the company would spend £90m on new storm tanks by 2027.",
        "Campaigners said the fine was too small to change the company's behaviour.",
        "The Environment Agency said it would carry out unannounced inspections",
        '"We are sorry, and we will fix this," Frost told reporters outside the court.',
        "lost faith in the company. Her ward includes two of the closed beaches.",
        "The company has 28 days to pay the fine.",
    ],
    "wrapped": [
        "The Kestrel Port Authority has approved a deep-water berth that will allow",
        "Olsen said the authority would start dredging work in September",
        "Environmental groups said the dredging would harm seagrass beds",
    ],
    "sun": [
        "Police said the striker was not arrested",
        "His club, Brightmoor City, said Rourke would be assessed",
        "Motorway bosses said the road would reopen by 6am.",
    ],
}


# Round four: whole pages in ten more site styles (400-500 words each, the furniture of a select-all
# copy kept as found). Each has its own furniture markers (none may be left in the article's paragraphs),
# the sentences that must survive, and its title.
_PAGES = {
    "india_daily": (
        ["PUNE:", "Home /", "Catch all", "Download", "Story continues", "Also Read", "news in brief", "File photo",
         "Representational", "Start a Conversation", "Visual Stories", "Bennett", "Trending Topics"],
        ["The Pune Municipal Corporation (PMC) will build 12 new water storage tanks",
         "Residents of Kharadi said tanker operators had been charging",
         "Opposition corporators accused the administration of delaying the project",
         "The PMC has also asked the irrigation department"],
        "Civic body to build 12 new water tanks before monsoon",
    ),
    "au_news": (
        ["In short", "What's next", "(ABC", "Acknowledgement", "We acknowledge", "respects to Elders",
         "cannot be reproduced", "AEST", "Posted", "Copy link", "sharing this article", "abc.net.au", "Top Stories",
         "Sign up", "Related"],
        ["The State Emergency Service (SES) expanded its evacuation orders",
         "Premier Chris Minns said the state government would release disaster payments",
         "Residents in Coraki and Woodburn, downstream of Lismore, have been told to prepare to leave."],
        "Floodwaters expected to peak in Lismore overnight as evacuation orders expand",
    ),
    "ca_broadcaster": (
        ["Skip to", "audio version", "text-to-speech", "WATCH", "Duration", "Parents in Winnipeg's south end say",
         "is a national reporter", "She has covered", "With files from", "Add some", "newsletter",
         "Journalistic Standards", "Social Sharing", "/CBC", "Accessibility"],
        ["Superintendent Christian Michalik told the board on Tuesday",
         "Education Minister Tracy Schmidt said the province would review",
         "The Manitoba Teachers' Society said it welcomed the new hires"],
        "Winnipeg school division to hire 40 teachers after enrolment jump",
    ),
    "tv_station": (
        ["WKTR", "RIVERTON, Ky.", "Want to see more", "At Gray", "our journalists", "report a typo", "First Alert",
         "Most Read", "Public Inspection", "(502)"],
        ["The Riverton City Council voted 6-1 on Thursday night",
         "Mayor Dwayne Holloway said the city would pay for the project",
         "The city said it will hold an open house on March 20"],
        "Riverton council approves $14 million plan to repave Elm Street",
    ),
    "tech_blog": (
        ["Verge link", "commission", "Posts from this", "digest", "homepage", "is a news editor",
         "He joined The Verge", "By submitting", "reCAPTCHA", "A weekly newsletter", "Image:", "Screenshot:",
         "Most Popular", "See All", "Hamburger"],
        ["Smart lock maker Loomis has paused the rollout",
         "Loomis said it will release a fix next week",
         "A Loomis spokesperson told The Verge the company would pay locksmith bills",
         "Loomis did not say how many locks remain affected."],
        "Loomis pauses its smart lock rollout after a firmware bug left owners locked out",
    ),
    "sport_live": (
        ["Get involved", "#BBC", "Posted at", "Share page", "About sharing", "Page 1", "Refresh", "Edited by",
         "All times", "Find out more", "Follow BBC Sport", "Match Stats", "Possession", "latest updates",
         "Ravi, Ashby", "robbed again", "holding on here"],
        ["Ashby City came from behind to beat Marlow Town 2-1",
         "Ashby manager Claudia Berne said her team would not change its approach",
         "Lawson said before the game that his captain, Aaron Wells, would be out for a month",
         "Marlow goalkeeper Sam Oduya got a hand to it but could not keep it out."],
        "Ashby City v Marlow Town: Premier League - live",
    ),
    "fin_paywall": (
        ["Sign in", "Already a", "member", "SUBSCRIBE", "Cancel anytime", "Scroll to Continue", "print edition",
         "What do you think", "Join the conversation", "Dow Jones", "Tickers", "HMRK", "10 Yr", "Resize",
         "Continue reading", "MARKETS", "Sponsored"],
        ["Hallmark Freight cut its full-year profit forecast on Thursday",
         "Chief Executive Rebecca Soto said the company would park about 600 of its trucks",
         "Analysts at Corbett Securities said the cut was deeper"],
        "Hallmark Freight Cuts Outlook as Shipping Volumes Slump",
    ),
    "bbc_pairs": (
        ["Image source", "Image caption", "Media caption", "Watch:", "not responsible", "external",
         "Send your story ideas", "WhatsApp", "Why you can trust", "Leeds &",
         "Published", "Get in touch", "kindest man", "60,000 vehicles", "Flowers were left", "Accessibility"],
        ["The family of a cyclist who was killed on a Leeds ring road",
         "Councillor Helen Hayden, who is responsible for transport, said the authority would consult",
         "A coroner's inquest into Mr Okoye's death was opened and adjourned last month.",
         "Cycling groups said at least four cyclists had been seriously injured"],
        "Family of cyclist killed on ring road call for segregated lanes",
    ),
    "guardian": (
        ["Photograph", "View image", "Related:", "Skip to", "homepage", "Last modified", "Explore more", "Reuse this",
         "Most viewed", "appreciated this article", "shareholders", "billionaire", "join us", "Support the Guardian",
         "supporting", "contribut", "Thank you", "payment methods", "Remind me", "your inbox", "Swimmers at"],
        ["Water companies in England will face unlimited fines",
         "Water UK, which represents the industry, said companies would invest £104bn",
         "The new rules will come into force in April, after a vote in parliament."],
        "Water companies to face unlimited fines for illegal sewage spills",
    ),
    "local_paper": (
        ["Sentinel", "Sign up", "registration", "user agreement", "Welcome to the discussion", "Keep it Clean",
         "CAPS LOCK", "Threat", "Be Truthful", "Be Nice", "Proactive", "abusive", "eyewitness", "Mary Ellen Jones",
         "Harold Becker", "passed away", "auto insurance", "Compare quotes", "Main Street has been closed",
         "Staff Writer", "Author email", "Obituaries"],
        ["The Orpheum Theater on Main Street will reopen in May",
         "Sam Ortiz, who runs a diner across the street, said he would stay open later",
         "The city will add 40 parking spaces behind the theater"],
        "Historic Main Street theater to reopen after $2.3 million restoration",
    ),
    # Round five: twelve more site styles.
    "irish": (
        ["Video Player", "modal window", "dialog window", "Photo:", "Daily Headlines", "WhatsApp", "Read more",
         "90 Seconds", "Trolley numbers hit", "Mediahuis", "Playback"],
        ["A Galway hospital will open a new 60-bed ward",
         "Union spokeswoman Gráinne Cusack said the union welcomed the ward",
         "The hospital's chief executive, Ciarán Hegarty, said the ward would take its first patients in November."],
        "Galway hospital to open 60-bed ward after trolley numbers hit record",
    ),
    "pr_wire": (
        ["News provided by", "PRNewswire", "Share this", "About Harbison", "designs and manufactures",
         "forward-looking", "Actual results", "undertakes no obligation", "Media Contact", "press@", "SOURCE",
         "WANT YOUR", "View original", "Also from this source"],
        ["Harbison Medical Devices, Inc. (NASDAQ: HRBM), a maker of kidney care equipment, today announced",
         "Harbison said it will train nurses at 40 dialysis centers before the launch.",
         "The company expects to price the system below $30,000."],
        "Harbison Medical Devices Receives FDA Clearance for Portable Dialysis System",
    ),
    "substack": (
        ["Thanks for reading", "reader-supported", "consider becoming", "Subscribe", "Upgrade", "Restack",
         "Ready for more", "Type your email", "Leave a comment", "Discussion about"],
        ["The Halvard County transit board voted last week to cut 11 bus routes from July.",
         "Board chair Nolan Pryce told me the board would publish a full cost review in June.",
         "Pryce said the board would look at the federal funding question before the July vote."],
        "Why the county's bus cuts will cost more than they save",
    ),
    "showbiz": (
        ["(Picture", "Want the latest", "Sign up", "Splitsville", "Loved up", "Instagram", "MORE :", "Got a story",
         "celebtips", "Submit Stuff", "Link copied", "Published March"],
        ["Singer Kayla Marrow has reportedly called off her engagement",
         "Kayla, 29, was last seen wearing her ring at an awards ceremony in January.",
         "The star was seen leaving a restaurant in Chelsea on Friday without it.",
         "Dean, 31, who plays for Ellerby Athletic, is expected to return to training on Monday."],
        "Singer Kayla Marrow 'splits from footballer fiancé' weeks before wedding",
    ),
    "au_metro": (
        ["Skip to", "6.12pm", "first published", "Log in", "text size", "Credit:", "Start the day", "Morning Edition",
         "Related Article", "is a transport reporter", "License this", "Most Viewed"],
        ["Commuters on the Frankston line face three weeks of train shutdowns",
         "Opposition transport spokesman Ben Rutledge said commuters had been given too little notice.",
         "The project will also build two new stations at Mordale and Carrum North."],
        "Melbourne commuters face three weeks of rail shutdowns as level crossings go",
    ),
    "patch": (
        ["Posted Tue", "Shutterstock", "Find out what", "Let's go", "CEDAR FALLS, NJ", "Get more local news",
         "Be respectful", "racist", "Be transparent", "real name", "Keep it local", "Community Guidelines",
         "views expressed", "Want to post"],
        ["The Cedar Falls Town Council voted 4-1 on Monday to build a fenced dog park",
         "Councilman Frank Ruiz, who voted no, said the site was too close to homes on Birch Lane.",
         "The town will hold a naming contest for the park this summer."],
        "Town Council Approves Dog Park At Willow Creek",
    ),
    "fin_tv": (
        ["WATCH LIVE", "Share Article", "Stock chart", "Corvel shares over the past year", "VIDEO", "Squawk",
         "Don't miss", "confidential news tip", "delivered to your inbox", "All Rights Reserved", "Data is"],
        ["Corvel Logistics cut its full-year earnings forecast on Wednesday",
         "Chief executive Grant Holloway said the company would close 14 of its terminals",
         "Analysts at Dorrance & Pike said the cut was deeper than they had expected."],
        "Trucking firm Corvel cuts forecast as freight slump drags on, shares slide 7%",
    ),
    "espn": (
        ["is an NFL reporter", "He covers", "Copy Link", "Extended Reactions", "BOSTON --",
         "Information from The Associated Press", "Related Video", "Sponsored Headlines", "Do Not Sell"],
        ["Pioneers wide receiver Troy Hadley will miss six to eight weeks",
         "Whitford said the team would not sign another receiver before training camp.",
         "The Pioneers open the regular season against Buffalo on Sept. 7."],
        "Pioneers' Hadley out 6-8 weeks with broken wrist",
    ),
    "dw": (
        ["Skip next section", "Image:", "picture alliance", "ab/jsi", "Edited by", "Permalink", "Advertisement",
         "Top Story", "Show more stories"],
        ["Shipping on a key stretch of the Rhine came almost to a halt on Friday",
         "The chemicals group Veltran said it would move some of its deliveries to rail.",
         "Little rain is forecast for the next two weeks."],
        "Germany: Rhine shipping halted as water levels fall",
    ),
    "new_yorker": (
        ["Save this story", "Dept. of", "Illustration by", "Audio:", "Audm", "Sign up", "in-box", "User Agreement",
         "print edition", "End of the Line", "has contributed to the magazine", "Tides and Tolls", "More:", "Cartoon",
         "Play/Pause"],
        ["The ferry to Osk Island leaves at seven-ten every morning",
         "She said the council would review the water taxi after a year.",
         "They have raised enough money to buy the old boat, and they plan to run it themselves."],
        "The Last Ferry to Osk Island",
    ),
    "us_live": (
        ["Live Updates", "Link Copied", "What we're covering", "live coverage", "From WNC", "p.m. ET,",
         "See all updates", "Ad Feedback"],
        ["A tornado watch covers parts of Arkansas, Tennessee and Mississippi",
         "Superintendent Noel Garrity said buses would run on the usual routes.",
         "The state will send National Guard troops to help with cleanup, Ellery said."],
        "Storm updates: Tornado watch covers three states as severe weather moves east",
    ),
    "ca_postmedia": (
        ["Author of the article", "minute read", "Join the conversation", "registering for free", "sign-in",
         "Photo by", "Article content", "advertisement has not loaded", "SUBSCRIBERS ONLY", "Exclusive articles",
         "Unlimited online access", "award-winning", "one account", "Share your thoughts", "additional articles",
         "email updates", "View more offers", "signing you up", "Browse here", "@postmedia", "@devonmarsh",
         "social network", "civil forum", "Comments may take", "Community Guidelines", "Trending"],
        ["Calgary will hire 300 more snow-clearing workers next winter",
         "Mayor Lorne Whitaker said the city would pay for the workers from its reserve fund.",
         "The city will also buy 40 new plows, roads director Omar Haddad said."],
        "Calgary to add 300 snow-clearing workers after January storms",
    ),
    # Round six: twelve pages written to attack captions and credits (a caption glued into a paragraph with its
    # credit, a photographer's credit before a quote, a wire's staff credit), kept as written.
    "tv_credit": (
        ["Rob Tillery", "KTVM /", "Crews pump water", "Sign up", "WATCH LIVE", "RELATED", "news tip", "Copyright",
         "Trending", "Police identify", "Posted 6:42", "joined the KTVM", "Follow her"],
        ["Residents described waking to the sound of rushing water.",
         "Marla Jimenez, who has lived on the street for 19 years, said the water reached",
         "The organization said it will provide cots",
         "Council member Rhonda Teague said she will ask"],
        "Water main break floods Dellwood Avenue, forces evacuation of 40 homes in Marlow Springs",
    ),
    "us_paywall": (
        ["Derek Amsel", "Staff photo", "Opal Frye speaks", "Subscriber exclusive", "free articles", "Story continues",
         "MORE COVERAGE", "Morning Briefing", "Join the conversation", "To continue reading", "(c) 2026",
         "covers Hollis County government"],
        ["Retired teacher Opal Frye, 74, told supervisors",
         "\"You are asking sick people to ride a bus for an hour to see a doctor,\" she said.",
         "Marsh said the county plans to run a free shuttle",
         "said she will introduce a bill next session"],
        "County board votes to close two rural clinics despite protests",
    ),
    "tabloid_cliff": (
        ["Shaken:", "Grant Pellow", "SWNS", "Drone footage", "TikTok", "EXCLUSIVE", "Sharing options", "Most Read",
         "ADVERTISEMENT", "Do you have a story", "Got a story", "Comments (212)"],
        ["Bev Lanyon, 58, was out with her spaniel Toffee on the coast path near Porthgullow, Cornwall, when she heard"
         " a deafening crack behind her.",
         "Dramatic footage shared on social media shows rocks tumbling onto the beach.",
         "The council confirmed it will close a two-mile stretch"],
        "DOG WALKER'S HORROR as cliff path collapses into sea just seconds after she passes",
    ),
    "broadsheet_rail": (
        ["Photograph:", "Morwenna Tate", "A commuter train at Hallbridge", "Sign up", "Privacy notice", "Related:",
         "This article was amended", "Explore more", "Reuse this content", "Most viewed", "Transport correspondent"],
        ["The government will delay the electrification of the main rail line",
         "A spokesperson said the company would refurbish 24 carriages",
         "Aldane said the government would bring forward"],
        "Ministers to delay rail electrification in the north by five years",
    ),
    "wire_portal": (
        ["Reporting by", "Lucía Ferreyra", "Editing by", "Associated Wire Service", "3 min read", "In this article",
         "VDSH", "Advertisement", "Story continues", "Copyright", "View comments", "Recommended Stories",
         "Privacy Dashboard", "(AWS)"],
        ["Dockworkers at Brazil's Vale Dourado port walked off the job on Monday",
         "The company said it would ask a labor court on Tuesday",
         "Mato Alto farm federation chief Joaquim Rezende said the group would seek compensation"],
        "Brazilian port strike halts soybean exports at Vale Dourado",
    ),
    "tech_app": (
        ["Image: Lumina Labs", "Screenshot of the network", "Share on Facebook", "8 Comments", "may earn a commission",
         "Listen to this story", "Most Popular", "Topics:", "Log in to join", "Senior Reporter"],
        ["Lumina Labs has pulled its Scribbly note-taking app from app stores",
         "\"They fixed the mute icon, not the mute,\" he wrote on Mastodon.",
         "Desmond said Lumina would notify affected users by email this week"],
        "Lumina Labs pulls its AI note-taking app after it recorded users without consent",
    ),
    "sports_report": (
        ["Seb Kettering", "Action Pics", "Highlights:", "Live table", "BET RESPONSIBLY", "Player ratings",
         "Attendance", "Get the Sport app", "More from", "Have your say", "Match report"],
        ["Abara had not scored since March.",
         "Gallagher said her side would not get carried away.",
         "the club would open talks with Gallagher about a new contract this month."],
        "Rovers stun Athletic with late Okonkwo winner to go top",
    ),
    "markets": (
        ["Market data", "HGF.L", "FTSE 100", "Premium subscribers", "Sponsored content", "pension on track", "©",
         "Reading time", "Data delayed", "investment advice", "Past performance", "is Markets Editor"],
        ["Shares in Harrowgate Foods plunged 18% on Monday",
         "Harrowgate said it would close its factory in Lydbrook",
         "The GMB union said it would fight the closure."],
        "Harrowgate Foods shares sink 18% after profit warning as cocoa costs bite",
    ),
    "regional_library": (
        ["Campaigners gather", "Reach-style Pictures", "(Image:", "READ MORE", "Sign up", "preferred source",
         "Most Read", "We have more newsletters", "Local Democracy Reporter", "Get the biggest stories",
         "Join the debate", "story for us", "newsdesk@"],
        ["Council leader Cllr Martin Oyelaran said the authority faced \"the hardest budget in its history\" after a"
         " rise in the cost of adult social care.",
         "The council said it would keep a mobile library service running",
         "Chairwoman Anjali Mistry said the group would present it"],
        "Fury as Brackenford library faces axe in council budget plan",
    ),
    "irish_water": (
        ["A man fills containers", "Declan Furlong", "(Pic:", "Advertisement", "Listen:", "Our Privacy Commitment",
         "Tags:", "Send us your news", "© 2026", "South-East Correspondent"],
        ["Water tankers are also in place at four locations. The utility said it would deliver bottled water to"
         " vulnerable customers registered on its priority list.",
         "She said she would raise the matter in the Dáil today.",
         "Ballymoe County Council said it would hold an emergency meeting"],
        "Kilcormac residents warned not to drink tap water after treatment plant fault",
    ),
    "storm_live": (
        ["Welcome to our coverage", "Handing over", "Stay with us", "Iain Murchie", "Please turn on JavaScript",
         "Key events", "Most viewed", "First published"],
        ["Westline Power said 84,000 homes across the west were still without electricity",
         "A spokesperson said the company would review the forecast at 5pm",
         "He said the government would set up a fund to help businesses hit by the storm."],
        "Storm Ingrid live: Thousands without power as 90mph winds batter west coast",
    ),
    "chrome_mix": (
        ["Cookies on", "cookies", "Sign in", "Ada Novak", "LEEDS", "Bram Lyle",
         "Workers leave", "kept in the dark", "BUY TICKETS", "Tickets from", "Frequently asked", "Who will lose",
         "All 140 staff", "helpful", "Report a problem"],
        ["The owners of the Tarnby woollen mill will close it in March, putting 140 jobs at risk, they told staff on"
         " Monday.",
         "Harrow Textiles, which bought the mill in 2019, said energy bills had tripled since it took over.",
         "Union organiser Petra Quill said members were angry",
         "Council leader Omar Haddad said the council would set up a jobs fair"],
        "Tarnby mill to close in March with loss of 140 jobs as owners blame energy bills",
    ),
    "longread_keeper": (
        ["Morrissey in the lamp room", "Tomas Lind", "SUBSCRIBE:", "You might also like", "Save article", "Tags:",
         "This article appears", "12 min read"],
        ["Aidan Morrissey climbs the 112 steps of the Carrow Head lighthouse every evening at dusk",
         "She said the trust would offer Morrissey a role as a visitor guide",
         "He said he might move to his sister's house in Galway."],
        "The last lighthouse keeper of Carrow Head",
    ),
    # Round seven: fourteen pages written by a helper in the styles of sites far from the earlier rounds (a US TV
    # station's alert banner, an Indian daily's "NAGPUR:" dateline, a wire's gallery captions and "June 10 (…) -"
    # dateline, a match report's line-ups, a science site's references, a consent banner, an AMP page ...).
    "tv_alert_banner": (
        ["Weather Alert", "Heat Advisory", "Now Playing", "Kyle Brandt", "Crews repair the broken main"],
        ["Residents on Millbrook's east side can drink their tap water again"],
        "City lifts boil advisory after Route 9 main break, approves $4.2 million pipe plan",
    ),
    "india_colon_dateline": (
        ["NAGPUR:", "Also Read", "Photo Credit"],
        ["The Nagpur Municipal Corporation (NMC) on Friday approved a ₹1,240-crore project"],
        "Nagpur civic body clears ₹1,240-crore plan to end summer water cuts by 2027",
    ),
    "nigeria_breaking_ticker": (
        ["Breaking News", "Dangote", "HomeNews", "Kindly share", "holds a degree"],
        ["The Senate on Thursday passed a bill seeking to establish a Southern Agricultural Development Commission"],
        "Senate passes bill to create Southern Agricultural Development Commission",
    ),
    "singapore_caption_credit": (
        ["have reported popped floor tiles in at least 70 units", "ST PHOTO", "Listen to this article"],
        ["The Housing Board will replace cracked and popped floor tiles in at least 70 flats"],
        "Residents of new Tampines North BTO flats report cracked floor tiles; HDB to replace them for free",
    ),
    "nz_democracy_reporting": (
        ["Most read", "Cambridge bypass reopens", "Raglan surf school", "funded through NZ On Air"],
        ["Hamilton City Council has voted to build a 1.8-kilometre flood wall"],
        "Hamilton council backs Te Rapa flood wall after three wet winters",
    ),
    "public_radio_station": (
        ["Public Radio for the High Desert", "Listen Live", "KQRN | By", "Support for KQRN", "covers education",
         "Make your gift"],
        ["The Sagebrush Valley School District will move to a four-day school week"],
        "Rural district moves to four-day school week, citing teacher shortage",
    ),
    "trade_ownership_line": (
        ["is part of the Meridian Trade Media Group", "Halvard PLC", "Newsletter Sign-Up"],
        ["Cold storage operator Frostline Cold Storage has opened a $190 million automated freezer warehouse"],
        "Frostline opens automated freezer hub in Joliet, eyes three more by 2027",
    ),
    "newswire_gallery": (
        ["Item 1 of 2", "[1/2]", "The logo of Halvorsen Robotics is seen", "(Meridian Wire) -", "Licensing Rights",
         "Priya reports on", "quotes delayed"],
        ["Halvorsen Robotics (HLVR.O) said on Tuesday it would buy machine-vision software maker Pintail Vision"],
        "Halvorsen Robotics to buy Pintail Vision for $2.3 billion in cash-and-stock deal",
    ),
    "match_lineups": (
        ["Ruiz; Mensah", "Holt; Kerr", "Referee", "Martin Heaney", "2-1 Westmoor Rovers highlights",
         "create your Pitchside account"],
        ["Harbour City moved into the Championship play-off places for the first time this season"],
        "Okafor and Lindqvist sink Westmoor to lift Harbour City into play-off places",
    ),
    "celebrity_exclusive": (
        ["STARBUZZ", "moves out of Malibu home' Mia", "Brightwater For Starbuzz"],
        ["Mia Laurent and Theo Brandvold have quietly ended their four-year relationship"],
        "EXCLUSIVE: Mia Laurent and Theo Brandvold split after four years as actress 'moves out of Malibu home'",
    ),
    "science_references": (
        ["settling on a reef tile", "Credit: Dr.", "Cite This Page", "Journal Reference", "Story Source",
         "not intended to provide medical",
         "Apr. 2, 2025", "free email newsletters"],
        ["Coral larvae fed a mixture of beneficial bacteria survived a simulated marine heatwave"],
        "Heat-tolerant coral larvae survive longer when raised on 'probiotic' bacteria",
    ),
    "regional_consent_banner": (
        ["842 partners", "click to consent", "precise geolocation", "community guidelines", "Man charged after crash"],
        ["A developer's plans to build 120 homes on farmland at the edge of Bayston Hill have been refused"],
        "Plans for 120 homes on edge of Bayston Hill refused after 400 objections",
    ),
    "amp_link_line": (
        ["Go to full site", "Tap here to read more", "Reading Time", "joined the Post in 2020"],
        ["Passengers will pay a flat fare of HK$6, and the service will accept Octopus cards and mobile payments."],
        "Hong Kong to trial driverless minibuses on Lantau routes from September",
    ),
    "gulf_inline_links": (
        ["ALSO READ", "WATCH:", "smart lanes will work", "Commuters share their daily struggles"],
        ["Overhead digital signs will show motorists when the extra lane is open"],
        "Dubai to add 'smart' lanes on Sheikh Zayed Road to cut peak-hour jams",
    ),
    # Round eight: fourteen more pages by a helper, from sites of other kinds again (a broadcaster, an Irish
    # regional, a Philippine site's AI summary box, an alt-weekly's pull quote, a LinkedIn repost, a government
    # media release, a police news release, a recipe card, a podcast page ...).
    "canada_broadcaster": (
        [],
        ["Residents of Carberry Flats have been told to boil their tap water for at least"],
        "Town under boil-water advisory after treatment plant fails provincial inspection",
    ),
    "irish_regional_gaa": (
        ["Photo: Declan Furlong", "READ MORE"],
        ["The decision ends a two-year dispute between the club and a group of residents",
         "Residents who objected to the plan said they were disappointed but would not"],
        "Floodlights for Ballinacurra GAA pitch get green light after two-year planning row",
    ),
    "south_africa_taxi": (
        [],
        ["The Nelson Mandela Bay Taxi Council announced the suspension late on Wednesday"],
        "Gqeberha taxi owners suspend strike after metro agrees to reopen impound talks",
    ),
    "pakistan_daily": (
        [],
        ["The Kissan Ittehad said on Tuesday that its members would block the Ferozepur"],
        "Punjab farmers threaten march on Lahore as wheat support price decision delayed again",
    ),
    "philippines_ai_summary": (
        ["MANILA, Philippines", "Summarize this article", "AI generated summarization",
         "How does this make you feel", "is investigating a flood wall project"],
        ["cil on Wednesday opened an inquiry into a P98-million flood wall along the"],
        "Marikina council opens probe into unfinished P98-million flood wall",
    ),
    "altweekly_pull_quote": (
        ["“We’re not leaving. This is our home.”", "hold a meeting in the building's courtyard", "Alibi Media Co",
         "is the Alibi's news editor", "log in to comment"],
        ["Now they're withholding rent."],
        "Tenants at the Sandia Arms Say They Won't Leave Quietly",
    ),
    "newsletter_post": (
        [],
        ["Good morning, Ledger readers."],
        "School board cuts bus routes to close $6 million gap",
    ),
    "linkedin_repost": (
        ["Head of Communications at Prairie Ridge Health", "reposted this", "Report this article"],
        ["The hospital's board voted unanimously to close the unit after two of its three"],
        "Rural hospital will close its maternity unit, leaving a 90-mile gap in care",
    ),
    "gov_media_release": (
        ["Back to Media releases", "Quotes attributable to", "The Hon.", "For more information about"],
        ["The 380-metre bridge is the centrepiece of the $412 million Moruya bypass,"],
        "Princes Highway upgrade at Moruya reaches major milestone",
    ),
    "police_news_release": (
        ["File a Report Online", "FOR IMMEDIATE RELEASE", "Case #", "Photo courtesy of"],
        ["Darnell Okoye, 29, of Riverbend, was taken into custody without incident on"],
        "Detectives arrest suspect in string of pharmacy robberies",
    ),
    "motoring_specs": (
        [],
        ["The Kestrel Tamar hybrid SUV will cost from £34,995 when it goes on sale in the"],
        "Kestrel Tamar hybrid SUV priced from £34,995 as UK deliveries move to June",
    ),
    "food_recipe_card": (
        ["Jump to Recipe", "Print Recipe", "affiliate links"],
        ["The cardamom buns will live on, sort of."],
        "After 41 years, Lindqvist's Bakery on Oakland Avenue will close at the end of April",
    ),
    "podcast_transcript": (
        ["Make a gift today", "Sponsored by", "Produced by", "machine-generated"],
        ["We hear from one family, an insurance agent and the state's insurance"],
        "When the insurer walks away: a mountain town loses its coverage",
    ),
    "council_news": (
        [],
        ["Councillors voted 27 to 19 in favour of the budget at a meeting of the full"],
        "Council tax to rise by 4.99% as library opening hours are cut",
    ),
    # Round nine: fourteen more by a helper (an Australian broadcaster, a Scottish, a Kenyan, a Caribbean and a
    # Korean daily, an international broadcaster, a student paper, a hyperlocal blog, a republished wire story, a
    # magazine longread, a transfer live page, a court-reporting site; the Medium post and the results page, whose
    # headlines are still missed, are left out).
    "au_public_broadcaster": (
        [],
        ["The regulator said general security allocations would drop from 100 per cent to"],
        "Lachlan Valley irrigators told to halve water use as Wyangala Dam falls below 30 per cent",
    ),
    "scottish_daily": (
        ["Our journalists work hard", "has covered Holyrood since 2011"],
        ["Caledonian Island Ferries told councillors on Friday that sea trials for the MV"],
        "Islanders 'left stranded' as ferry operator admits new vessel will miss summer season",
    ),
    "kenyan_daily": (
        [],
        ["At Dunga Beach on Tuesday, dozens of boats lay idle on the shore as the weed"],
        "Water hyacinth returns to choke Kisumu port, leaving 3,000 fishermen idle",
    ),
    "caribbean_paper": (
        ["Dear Readers, we've made some changes", "ST ANN'S BAY"],
        ["Denise Clarke, a mother of four, said she had been paying $3,000 a week to buy"],
        "Residents block St Ann road over three-week water outage",
    ),
    "korean_english_daily": (
        ["eastern Seoul (Yonhap)The operator"],
        ["Bus fares will remain unchanged for now."],
        "Seoul to raise subway fares by 150 won in June, first hike in two years",
    ),
    "intl_broadcaster": (
        ["Made for minds"],
        ["A large wildfire burning north of Athens forced the evacuation of at least six"],
        "Wildfire forces evacuation of villages north of Athens",
    ),
    "student_newspaper": (
        ["The Student Voice of Westbrook University", "Filed under News"],
        ["Of the 212 workers who cast ballots, 94% voted in favor of the authorization,"],
        "Dining hall workers vote to strike as contract talks stall",
    ),
    "hyperlocal_blog": (
        ["News, views and everything in between", "ADDED 11:05 AM", "Posted by Maple Hollow Now", "Got news?"],
        ["\"Neither of us has kids who want to take it on, and honestly we're tired,\" she"],
        "Brennan's Hardware to close after 61 years on Alder Street",
    ),
    "wire_republished": (
        ["(AP Photo/Ross Delgado, File)"],
        ["The four upper basin states — Colorado, Utah, Wyoming and New Mexico — agreed"],
        "Colorado River states reach tentative deal to cut water use through 2032",
    ),
    "magazine_longread": (
        ["I'm a staff writer at Meridian Business"],
        ["About 260 people work here, stitching, lasting and soling roughly 1,400 pairs"],
        "The bootmaker who said no to Amazon — and tripled his sales anyway",
    ),
    "transfer_live_page": (
        [],
        ["The 23-year-old scored 14 goals in all competitions last season and becomes the"],
        "Transfer deadline day live: Rovers complete £38m Adeyemi deal as Castlebridge chase striker",
    ),
    "court_reporting": (
        ["accurate at the time of publication", "has reported from the courts"],
        ["He used most of the money on online casino and sports betting sites, prosecutor"],
        "Charity treasurer who took £412,000 to fund gambling habit jailed for four years",
    ),
    # Round ten: fourteen more by a helper (Ghanaian, Malaysian, Japanese and Hong Kong dailies, a US metro paper
    # with a paywall, a newswire release, a club site, a university news office, an NGO release, a newsletter
    # with footnotes, a fact-check, a death notice, a web archive's copy, a game recap).
    'ghana_daily': (
        ["Ing. Selorm Agbenyega (third f", "BREAKING: Black Stars coach na", "ALSO READ: PURC approves 8 per"],
        ["The GH¢412 million facility, built by Akonta Hydro Systems Ltd, is designed to p"],
        "Ho water plant to end decades of rationing — GWL",
    ),
    'malaysia_daily': (
        ["Ir. Dr Lim Kok Seng (second fr", "Nation 3 days ago 'We lost eve", "Found this article useful? Sha"],
        ["Its director-general Datuk Wira Hamdan Ismail said the ponds, which can hold a c"],
        "Kelantan to get 14 new retention ponds before monsoon, says NADMA",
    ),
    'japan_daily': (
        ["A Kitaboshi Mobility test vehi", "RELATED ARTICLE: Driverless bu", "NEWS   BUSINESS   OPINION   LI"],
        ["The town of Biei said Monday that a Level 4 autonomous bus, which requires no dr"],
        "Hokkaido town to run Japan’s first year-round driverless bus on snowy roads",
    ),
    'hongkong_paper': (
        ["Sammy Heung-wai Lok joined the", "Queen Elizabeth Hospital in Jo", "Emergency departments usually"],
        ["The Hospital Authority said on Tuesday the software, developed by local start-up"],
        "Hong Kong emergency rooms to trial AI triage as winter flu peak looms",
    ),
    'metro_eedition': (
        ["Crews from Peak Line Utility S", "Trevor Ashdown covers water, g", "Subscriber exclusive: You're r"],
        ["Denver Water will replace another 11,000 lead service lines over the next three"],
        "Denver Water to dig up 11,000 more lead pipes by 2027 — and customers won’t pay for it",
    ),
    'release_newswire': (
        ["This press release contains fo", "Norvane Grid Systems, Inc. des", "As the nation's sixth-largest"],
        ["Norvane Grid Systems, Inc. (NASDAQ: NVGS), a developer of utility-scale energy s"],
        "Norvane Grid Systems Selected by SMUD to Build 200-Megawatt Battery Storage Project in Sacramento County",
    ),
    'sports_club_site': (
        ["📸 An artist's impression of th", "Download the official Cheadle", "🎟️ 2024/25 Season Tickets are"],
        ["The application was approved by the council’s planning committee on Monday eveni"],
        "Planning permission granted for new 2,000-seat North Stand",
    ),
    'university_news': (
        ["Harcourt State University sits", "© 2024 Harcourt State Universi", "Tags: Research, College of Eng"],
        ["The findings, published this week in the journal Environmental Science & Technol"],
        "$40 sensor spots toxic algae in reservoirs days before lab tests, HSU study finds",
    ),
    'ngo_release': (
        ["1. The survey of 2,104 parents", "2. FoodBridge UK supports a ne", "Registered charity no. 1098765"],
        ["The survey of more than 2,000 parents found that 14% of those in work had gone w"],
        "One in seven working parents has skipped meals to feed their children, FoodBridge UK survey finds",
    ),
    'newsletter_footnotes': (
        ["Income-qualified participants", "Minneapolis Public Works, “E-B", "Thanks for reading The Curb Cu"],
        ["Handing out up to $1,500 for a bicycle felt like a nice perk for people who alre"],
        "Minneapolis paid people to buy e-bikes. Did they stop driving?",
    ),
    'fact_check': (
        ["Stand up for the facts! Our on", "“Starting Nov 1 the City of Ph"],
        ["The post, which shows a screenshot of what looks like a city notice, had been sh"],
        "No, Phoenix is not fining residents $500 for watering lawns on weekends",
    ),
    'obituary_local': (
        ["Visitation: Friday, October 11", "To send flowers to the family", "Mrs. K was my third grade teac"],
        ["She was born on January 14, 1938, in New Lexington, the youngest of six children"],
        "Evelyn R. Kowalczyk",
    ),
    'web_archive_copy': (
        ["Archive Team is a loose collec", "The Wayback Machine - https://", "Get the biggest daily stories"],
        ["Nexus, which owns and runs the network, had expected the first of 42 new trains"],
        "Metro's new trains delayed by a year after manufacturer hits testing problems",
    ),
    'sports_recap': (
        ["ScoreCenter is a trademark of", "Bet on college football with S", "FINAL  ISU 31  KSU 27 | FINAL"],
        ["Okonkwo finished 24 of 35 for 287 yards and two touchdowns, and he added 61 yard"],
        "Okonkwo's late TD pass lifts No. 14 Iowa State past Kansas State, 31-27",
    ),
    # Round eleven: fourteen more by a helper (Zimbabwean, Indonesian, Thai and Israeli sites, a German broadcaster's
    # English service, an agency's copy on a portal, a US network's politics page, a local radio station, a
    # contributor magazine, a tech blog, a health site, a weather page, a legal news site, a council newsletter).
    'zimbabwe_daily': (
        ["Zimpapers Digital © 2024. All", "Your email address will not be", "Previous Post: Hwange colliery"],
        ["The project, funded by Gwayi Agro Holdings and the Ministry of Lands, Agricultur"],
        "Gwayi farmers to get 40 solar-powered boreholes before rainy season",
    ),
    'indonesia_wire': (
        ["Officers of the Jakarta Enviro", "Related news: Ministry urges r", "Tags: plastic waste, Jakarta B"],
        ["\"We have identified 13 rivers that carry most of the plastic load into the bay,"],
        "Govt targets 30 percent cut in Jakarta Bay plastic leakage by 2027",
    ),
    'thai_paper': (
        ["Snorkellers swim over a reef o", "This website uses cookies to i", "Longtail boats wait for passen"],
        ["Park chief Wiroj Saengthong said on Sunday that tourists would have to book an e"],
        "Koh Lipe to cap daily visitors at 4,000 from November",
    ),
    'israel_site': (
        ["Illustrative: The Sorek desali", "Illustrative: Low water levels", "Get The Times of Israel's Dail"],
        ["The Water Authority on Monday gave final approval to a large desalination plant"],
        "Water Authority approves Western Galilee desalination plant after decade of delays",
    ),
    'german_broadcaster': (
        ["While you're here: Every Tuesd", "© 2024 Deutsche Welle | Privac", "Bundestag debates budget as co"],
        ["Commuters and climate activists say the move undercuts Germany's push to get peo"],
        "Why rural Germany is losing its weekend trains",
    ),
    'agency_portal_copy': (
        ["Growers say they cannot compet", "Producers in the Bordeaux regi", "Italy overtakes France as worl"],
        ["Growers will receive 4,000 euros ($4,370) per hectare grubbed up, under a scheme"],
        "France pays Bordeaux growers to rip up vines as wine glut deepens",
    ),
    'tv_network_politics': (
        ["Sen. Dana Whitcomb speaks duri", "Privacy Policy | California No", "LIVE UPDATES: Early voting tur"],
        ["The committee voted 21-7 to send the measure to the full Senate, with eight Demo"],
        "Senate committee advances bipartisan bill to speed up rural broadband permits",
    ),
    'local_radio_news': (
        ["Get the latest Island news str", "Got a story? Call the newsroom", "The floating bridge at its Eas"],
        ["The floating bridge linking Cowes and East Cowes will be out of service for six"],
        "Cowes floating bridge out of action for six weeks from Monday",
    ),
    'contributor_magazine': (
        ["AdChoices | Privacy Statement", "One Community. Many Voices. Cr", "Disclosure: I have no financia"],
        ["That logic is starting to crack."],
        "Why Mid-Sized Retailers Are Moving Their Warehouses To The Midwest",
    ),
    'tech_affiliate_blog': (
        ["By submitting your email, you", "Disclosure: Lumio loaned The V", "If you buy something from a Ve"],
        ["Lumio, the Shenzhen-based startup behind last year's Lumio Note, is launching a"],
        "Lumio's first color E Ink tablet costs $349 and runs full Android",
    ),
    'health_site': (
        ["A short stroll after dinner ma", "A 10-minute walk after meals l", "Medically reviewed by Angela R"],
        ["Researchers at the University of Leeds in the United Kingdom recruited 112 adult"],
        "A 10-minute walk after meals may curb blood sugar spikes in prediabetes",
    ),
    'weather_news': (
        ["Snow-covered cars line a stree", "© 2024 AccuWeather, Inc. \"Accu", "In effect from Tue, 9:00 PM MD"],
        ["An early-season storm will bring the first significant snow of the season to Den"],
        "Early-season snowstorm to bury Denver, Front Range midweek",
    ),
    'legal_news': (
        ["Quillon Pharmaceuticals LLC v.", "Case Title: Harrow Biotech Inc", "Law360 (October 14, 2024, 6:12"],
        ["U.S. District Judge Marianne Szabo granted Quillon's motion for judgment as a ma"],
        "Judge Tosses $48M Verdict In Eye Drop Patent Fight",
    ),
    'council_newsletter': (
        ["Read the officer's report (PDF", "[Image: CGI of the proposed to", "Your weekly guide to what's be"],
        ["Waltham Forest Council's planning committee has approved an 18-storey block of f"],
        "Councillors approve 18-storey Bakers Arms tower despite 400 objections",
    ),
    # Round twelve: ten more by a helper, measured blind first (Ugandan, Vietnamese, Turkish, Polish and Welsh
    # sites, a US public TV station, an Australian tabloid, a Canadian outlet's English edition, a farm
    # newsletter, a city's press release).
    'ugandan_daily': (
        ["© 2024 Uganda Daily Dispatch L", "Follow us on WhatsApp for the", "BREAKING: Heavy rains cut off"],
        ["Traders at the Naboa Road market in Mbale City are counting losses after a fire"],
        "Mbale traders count losses as fire guts Naboa market stalls",
    ),
    'vietnam_english': (
        ["Workers sort shrimp at a proce", "A pond in Bac Lieu Province, w", "© Copyright 1997-2024 SaigonPo"],
        ["The Vietnam Association of Seafood Exporters and Producers (VASEP) said shrimp e"],
        "Mekong Delta shrimp exporters turn to Japan as US orders slow",
    ),
    'turkish_daily': (
        ["An electric ferry prototype is", "This website uses cookies to i", "Get the day's top stories from"],
        ["The contract, worth 1.9 billion Turkish liras, was signed with Tuzla-based shipb"],
        "Istanbul ferry operator orders 12 electric boats to replace aging fleet",
    ),
    'polish_portal': (
        ["We use cookies and similar tec", "Trams on Marszałkowska Street", "Read also: Kraków approves con"],
        ["The line will run from Gagarina Street along Sobieskiego Street and end at a new"],
        "Warsaw to build tram line to Wilanów district by 2026, city hall says",
    ),
    'welsh_regional': (
        ["Parents and pupils outside Cou", "Get the biggest stories from w", "Advertise with us  |  Privacy"],
        ["Carmarthenshire County Council's cabinet had proposed closing Ysgol Bro Dinefwr,"],
        "Llandeilo primary school saved from closure after 'remarkable' campaign by parents",
    ),
    'public_tv_station': (
        ["Darnell Ashworth-Quinn covers", "Support for WMVE News comes fr", "A Toledo Public Schools bus wa"],
        ["The school board approved the plan Thursday night by a vote of 4-1."],
        "Toledo Public Schools to add 25 bus routes after parents complain about 90-minute rides",
    ),
    'aussie_tabloid': (
        ["Originally published as ‘Like", "Tina Moustafa-Reid says she ha", "The stolen ute was found aband"],
        ["Tina Moustafa-Reid arrived at her Church St cafe at 4.45am on Thursday to find s"],
        "‘Like a war zone’: Parramatta cafe owner’s fury after third ram raid in a year",
    ),
    'canadian_english_edition': (
        ["Sign up for our free newslette", "> Snow removal: the city blows", "Montreal | Quebec | Canada | W"],
        ["Montreal will start fining private snow-clearing contractors that fail to finish"],
        "Montreal to fine snow contractors who miss deadlines, starting next winter",
    ),
    'farm_newsletter': (
        ["Is your planter ready? Book a", "Harlan Seed Genetics — Bred fo", "Corn (May) $4.32 ▲ 3¢ | Soybea"],
        ["The plant is designed to process 42 million bushels of soybeans a year into meal"],
        "Prairie Gold Cooperative to build $340 million soybean crush plant near Fort Dodge",
    ),
    'city_press_release': (
        ["SPOKANE, Wash. – The City of S", "Spokane Solid Waste Collection", "Media contact: Priya Haldane-R"],
        ["The program will serve up to 3,000 households in its first year."],
        "City Launches Free Curbside Yard Waste Pickup for Seniors and Residents with Disabilities",
    ),
    'srilanka_daily': (
        [
            "The last minister promised the",
            "Thursday, 14 March 2024 12:47 ",
            "Prasanna Thursday, 14 March 20",
            "Copyright © 2024 Beacon Newspa",
        ],
        ["The Cabinet of Ministers has approved a proposal to build a Rs.14.2 billion seaw"],
        "Cabinet nod for Rs.14.2 bn desalination plant to end Karandawila water crisis",
    ),
    'bangladesh_daily': (
        ["Staff Correspondent, Sirajganj", "Jamuna swells, 40,000 marooned", "© 2024 thedailychronicle.net |"],
        ["The government has approved a Tk 1,260 crore project to protect Nodirpur upazila"],
        "Tk 1,260cr plan to halt Meghla river erosion in Nodirpur",
    ),
    'nepal_portal': (
        [
            "Khabar Himal is now on Telegra",
            "NEPSE 2,108.34 ▲ 9.42 (0.45%) ",
            "Khabar Himal English is availa",
            "© 2024 Khabar Himal. All right",
        ],
        ["The Gandaki Province government has decided to relocate 312 households from land"],
        "Gandaki to relocate 312 landslide-hit households from Khanigaun",
    ),
    'malta_news': (
        ["Published: March 14, 2024 at 6", "Your help matters. Subscribe t", "© Copyright 2024 Allied Clario"],
        ["The government will turn a disused limestone quarry at Wied il-Qasab into a 38,0"],
        "Wied il-Qasab quarry to become €14.5m public park",
    ),
    'namibia_daily': (
        ["The Namib Courier uses AI tool", "Tags: Okandjira, housing, land", "© 2024 The Namib Courier. All "],
        ["The Okandjira Town Council says it will service 1 200 erven for residents of the"],
        "Okandjira council promises 1 200 serviced plots by next year",
    ),
    'uk_construction_trade': (
        ["We use cookies to ensure that ", "Save my name, email, and websi", "© 2024 Construction Dispatch. "],
        ["Midlands contractor Harwood Kerr has pledged to stop bidding for fixed-price pub"],
        "Harwood Kerr quits fixed-price public work after £18m loss",
    ),
    'india_business_daily': (
        ["English Edition | Today's ePap", "(Disclaimer: Recommendations, ", "Copyright © 2024 Bharat Busine"],
        ["Varuna Cables said the new plant at Kesarpur in Gujarat would double its capacit"],
        "Varuna Cables shares jump 6% after ₹2,400 crore Gujarat plant announcement",
    ),
    'reader_view_us_regional': (
        ["Jenna Okafor, The Greenfield C", "Commissioner Linda Pruett list", "This article originally appear"],
        [
            "Tessaly County will spend $12.4 million over the next three years to replace 23 ",
            "Residents can sign up for the alerts on the county's website.",
        ],
        "Tessaly County to spend $12.4 million replacing culverts that failed in 2023 floods",
    ),
    'print_friendly': (
        ["3/14/24, 9:02 AM\tTransit agenc", "https://www.riverbendtelegraph"],
        ["Riverbend Regional Transit will restore 11 bus routes that were cut during the p"],
        "Transit agency to restore 11 bus routes cut during pandemic",
    ),
    'college_athletics': (
        [
            "Hawk Field is presented by Lak",
            "Northbrook State University At",
            "Hawks fall in NCAA quarterfina",
            "Privacy Policy | Terms of Serv",
        ],
        ["Northbrook State University will begin a $6.5 million renovation of Hawk Field t"],
        "Northbrook State announces $6.5 million renovation of Hawk Field",
    ),
    'rwanda_daily': (
        [
            "Residents of Kabuye District fe",
            "Photo: Olivier Mugwiza",
            "Updated : January 14, 2025 at ",
            "Kabuye farmers count losses as",
        ],
        ["Nearly 18,000 households in Kabuye District will be connected to piped water by "],
        "Kabuye residents to get piped water as NWUC unveils Rwf14bn project",
    ),
    'egypt_portal': (
        ["Nada Samir , Sunday 5 Jan 2025", "Egypt, Sudan discuss new river", "© 2025 Nile Herald Online. All"],
        ["Egypt's cabinet on Sunday approved the construction of a EGP 9.6 billion seawate"],
        "Cabinet approves EGP 9.6 bn desalination plant for Ras Sabra",
    ),
    'xinhua_copy': (
        ["Source: Huaxia| 2025-01-05 18:", "Jiangfeng unveils plan for gre", "Manufactured by Huaxia News Ag"],
        ["The plan, released by the municipal transport bureau, is part of the city's effo"],
        "Lanshan to put 1,200 hydrogen buses on roads by 2027",
    ),
    'mexico_news': (
        ["Published on Tuesday, January ", "With reports from El Sol de la", "About | Contact | Advertise | "],
        ["The mayor of San Jerónimo de las Lomas, a fast-growing city of 1.3 million peopl"],
        "San Jerónimo mayor pledges to end water rationing with 1.1-billion-peso pipe overhaul",
    ),
    'brazil_site': (
        ["Ibovespa 121,403 ▼ 0.62% | USD", "How Brazil’s Harvest Plan beca", "We use cookies to improve your"],
        ["The Cerrado Development Bank (BDC) announced on Wednesday that it will lend R$4."],
        "Development bank to lend R$4.8 billion to family farmers in Serra Clara",
    ),
    'yahoo_ldrs': (
        ["This article was written by a ", "Harriet Cole, Local Democracy ", "Yahoo is part of the Yahoo fam"],
        ["A leisure centre in Ashcombe will close in September after councillors voted to "],
        "Ashcombe council agrees to close Ferris Road leisure centre despite protests",
    ),
    'msn_syndicated': (
        ["Related video: Caldmouth port ", "© 2025 The Harbor Ledger. All ", "Seniors Born Before 1965 Are G"],
        ["The Port of Caldmouth’s board of commissioners voted 4-1 on Tuesday to approve a"],
        "Caldmouth port approves $310 million terminal expansion, vows to electrify cranes",
    ),
    'email_newsletter': (
        [
            "Forwarding this from this morn",
            "You are receiving this email b",
            "Supported by Harbourside Energ",
            "This email and any attachments",
        ],
        ["Pelham Area Transit (PAT) will replace 60 of its diesel buses with electric mode"],
        "Pelham Area Transit to replace diesel fleet with 60 electric buses by 2027",
    ),
    'pdf_print': (
        [
            "Tuesday, March 4, 2025 | Vol. ",
            "January 2024. Picture: Kelby P",
            "Opening hours at three of Kel-",
            "Flood water on Mill Lane, Harr",
        ],
        ["Work is due to start in September and finish by the end of 2027."],
        "Drainage board pledges £18m to shield Wend Valley homes",
    ),
    'google_news_share': (
        ["Campaigners outside Ardmoor Ge", "Road closures planned for Harb", "https://news.google.com/articl"],
        ["The health trust that runs Ardmoor General Hospital has dropped plans to close t"],
        "Ardmoor hospital trust reverses plan to close maternity unit",
    ),
    'ethiopian_daily': (
        ["Wednesday, 2 October 2024 | Me", "Commercial Bank opens 40 new b", "© 2024 The Ethiopian Chronicle"],
        ["The Abay Lowlands Irrigation Authority (ALIA) has pledged to complete the long-d"],
        "Authority pledges to finish Wendo lowlands irrigation scheme by Hamle",
    ),
    'pacific_news': (
        ["Home | News | Business | Sport", "Tags: Lomaiviti, Outer Islands", "© 2024 Islands Today Media Ltd"],
        ["Residents of three Lomaiviti outer islands will get a weekly ferry service from "],
        "Franchise board promises weekly ferry for Lomaiviti outer islands",
    ),
    'canadian_local': (
        ["Replacement span expected to o", "About the Author: Mackenzie Du", "© 2024 Village Media Inc. All "],
        ["Thornbay city council has approved a $3.2-million plan to replace the aging Kest"],
        "Council approves $3.2M plan to rebuild Kestrel Road bridge",
    ),
    'medium_repost': (
        ["This story was originally publ", "More from Priya Hallworth and ", "The Ostrava Springs branch lib"],
        ["The Brandlow County Library Board voted 5–2 on Tuesday to close its branches in "],
        "Brandlow County Votes to Close Two Rural Libraries, Then Promises a Bookmobile",
    ),
    'wikinews': (
        ["From Wikinews, the free news s", "Location of Velmora (red) with", "\"Port strike: what the new agr"],
        ["Dockworkers at the Port of Velmora on Tuesday ended a nine-day strike after thei"],
        "Port of Velmora dockworkers end nine-day strike after wage deal",
    ),
    'telegram_post': (
        ["📌 Send us your tips: @HDW_tips", "🔗 Full story: capitaldesk.news", "📲 Subscribe: @horndailywire | "],
        ["The Eastern Highlands Regional Council on Wednesday approved an emergency plan t"],
        "Regional council approves emergency water trucking for Dabuli district",
    ),
    'dvids_story': (
        ["Courtesy Photo | U.S. Army Sgt", "Location:\tFORT CALDER, WASHING", "About DVIDS | Privacy Policy |"],
        ["Soldiers with the 717th Multi-Role Bridge Company built a 90-meter floating brid"],
        "Engineers build 90-meter bridge across Tarrow River during Exercise Iron Ferry",
    ),
    'state_senator_release': (
        ["Home  About Marisa  Newsroom  ", "Legislation would limit out-of", "Paid for by the State Senate. "],
        ["State Senator Marisa Okafor-Bell today introduced Senate Bill 1184, legislation "],
        "Sen. Okafor-Bell Introduces Bill to Cap Ambulance Bills for Rural Patients",
    ),
    'union_news': (
        [
            "Member login | Join us | Conta",
            "Ballot opens on revised Northv",
            "Members: read the full details",
            "Members at the Eastmoor branch",
        ],
        ["Members of the Federation of Allied Radiographers (FAR) have voted to accept a r"],
        "Radiographers vote to accept revised pay offer after six-month dispute",
    ),
    'canada_gov_release': (
        ["Government of Canada / Gouvern", "mathieu.desrochers@rwc-vrc.gc.", "October 2, 2024 — Saint-Aubert"],
        ["Rising water levels and stronger storms are eroding shorelines in small communit"],
        "Government of Canada invests $18.6 million to protect shorelines in Saint-Aubert and Lac Corriveau "
        "communities",
    ),
    'irish_weekly': (
        ["Skip to main content", "Kilcarra GAA celebrate centena", "We use cookies to give you the"],
        [
            "An 11km extension of the Ballymore greenway will go ahead after councillors appr",
            "The decision ends almost two years of consultation on the project, which will li",
        ],
        "Ballymore greenway extension gets green light despite farmers' objections",
    ),
    'kyiv_news': (
        ["KYIV DNIPRO HERALD", "We need your help to keep repo", "About us   Editorial policy   "],
        [
            "The decision means that around 6,400 pupils will study in basements and converte",
            "Deputy Mayor Viktor Holub told the Kyiv Dnipro Herald that the city had spent 38",
        ],
        "Zhytomyr city council moves school classes underground as winter shelling intensifies",
    ),
    'argentine_weekly': (
        ["RIVER PLATE WEEKLY", "related news", "River Plate Weekly is publishe"],
        [
            "The Santa Fe provincial government and state rail operator Trenes Argentinos hav",
            "The line, which reopened in 2023 after almost three decades without passenger tr",
        ],
        "Rosario commuter line to double services as city bets on rail",
    ),
    'greek_daily': (
        ["ΕΛΛΗΝΙΚΑ | ENGLISH EDITION", "Greece to recruit doctors from", "Terms of use | Privacy policy "],
        [
            "The University General Hospital of Patras will hire 140 nurses on two-year contr",
            "The hiring, approved by a ministerial decision signed on Tuesday, is part of a €",
        ],
        "Patras hospital to hire 140 nurses as summer staffing crisis looms",
    ),
    'baltic_broadcaster': (
        ["LV | RU | EN", "Did you notice a typo? Select ", "Contacts   Privacy policy   Co"],
        [
            "Liepāja city council on Thursday, March 20, decided to close two schools in its ",
            "The Grobiņa Road primary school and the Tosmare basic school together have 118 p",
        ],
        "Liepāja to close two rural schools as pupil numbers fall",
    ),
    'text_only_lite': (
        ["ANR : American News Radio", "Copyright 2025 ANR", "Privacy Policy"],
        [
            "Riders in Tacoma, Wash., will not pay to board city buses for a year starting Ju",
            "The agency says fares cover only about 9% of its operating costs, and that colle",
        ],
        "Tacoma's buses will run free for a year, starting in July",
    ),
    'rns_announcement': (
        ["London Stock Exchange", "Marlowe Communications (Financ", "CNTFFLSLFRIVLIT"],
        [
            "Harcourt Water Holdings plc (AIM: HWH), the water treatment and pipeline service",
            "The contract is expected to be worth approximately £84 million over its five-yea",
        ],
        "Contract award and trading update",
    ),
    'wire_press_release': (
        ["Newswire   Products   Resource", "Jasmine Holt", "Copyright © 2025 GlobeWire Ass"],
        [
            "The first four clinics will open in April in Marietta, Gallipolis, Cambridge and",
            "Each clinic will be staffed by a nurse practitioner and a medical assistant and ",
        ],
        "Brightwell Health to Open 12 Walk-In Clinics in Rural Ohio Pharmacies",
    ),
    'substack_post': (
        ["The Harlow Valley Dispatch", "Discussion about this post", "Substack is the home for great"],
        [
            "The health board blamed a Medicaid payment gap.",
            "More than 2,000 patients now have to find care elsewhere.",
        ],
        "Harlow County closes its only dental clinic for low-income patients",
    ),
    'school_district_news': (
        ["Skip to Main Content", "Mar 4  Board of Education Regu", "Copyright © 2025 Finalsite. Al"],
        [
            "Cedar Ridge high school students will start class 45 minutes later next school y",
            "Beginning in August 2025, classes at Cedar Ridge High School, Pine Hollow High S",
        ],
        "Board approves later start times for high schools",
    ),
    'hungarian_site': (
        ["Daily Danube News – English ne", "Tags: Budapest, BKK, public tr", "© 2025 Daily Danube News Kft. "],
        [
            "The Budapest city assembly voted on Wednesday to build a 4.2-kilometre tram line",
            "The project, estimated at HUF 48 billion, was approved by 19 votes to 12, with o",
        ],
        "Budapest council approves new tram line to Újbuda housing estate",
    ),
    'czech_radio_english': (
        ["Skip to main content", "Ministry plans to cut waiting ", "About us | Contact | Frequenci"],
        [
            "The Brno University Children's Hospital will open a specialised outpatient clini",
            "It will be the first facility of its kind in the Czech Republic.",
        ],
        "Brno hospital to open first Czech clinic for long Covid in children",
    ),
    'portugal_expat_paper': (
        ["Algarve Watch", "Tags: Lagos, drought, water, g", "This website uses cookies. Acc"],
        [
            "Lagos council has approved new rules that will force golf courses and large hote",
            "The measure was passed unanimously at Tuesday's council meeting.",
        ],
        "Lagos approves water-saving rules for golf courses and hotels",
    ),
    'spain_coast_weekly': (
        ["COSTA SOL WEEKLY", "ADVERTISEMENT", "© 2025 Costa Sol Weekly. Publi"],
        [
            "Estepona will get its first night bus service to Marbella and Puerto Banús from ",
            "The new line, called N-2, will run every hour between midnight and 6am on Friday",
        ],
        "Estepona secures night bus to Marbella and Puerto Banús after years of complaints",
    ),
    'italian_agency_english': (
        ["NOVA Agenzia – English", "(NOVA) - TURIN, MAY 20 -", "Editorial office | Advertising"],
        [
            "The Piedmont region on Tuesday approved a 90-million-euro aid package for small ",
            "The money will fund retraining for about 3,000 workers and help companies conver",
        ],
        "Turin carmaker suppliers win €90 mn regional aid package",
    ),
    'swiss_portal': (
        ["SWI alpinfo.ch – a branch of t", "Translated from German by Deep", "Copyright SRG SSR | Terms of u"],
        [
            "Zurich cantonal parliament has approved a plan to give every pupil in lower seco",
            "The devices will be owned by the schools and lent to pupils free of charge.",
        ],
        "Zurich canton to give every secondary pupil a school laptop by 2027",
    ),
    'sheriff_social_post': (
        ["Thank you Jim, we will pass", "Search Facebook", "Brenda Sykes", "Write a comment…"],
        [
            "Search and rescue volunteers found 67-year-old Walter Hensley alive on Saturday ",
            "Mr. Hensley had been missing since Thursday afternoon.",
        ],
        "UPDATE: Missing hiker found safe near Bear Creek Falls",
    ),
    'finance_portal_story': (
        ["Search for news, symbols or co", "Terms and Privacy Policy", "Copyright © 2025 Finance Hub I"],
        [
            "NorthLake Foods said on Tuesday it would close its bakery in Mansfield, Ohio, by",
            "The company said about 420 employees work at the Mansfield site, which opened in",
        ],
        "NorthLake Foods to close Ohio bakery, move production to new Georgia plant",
    ),
    'epaper_ocr_copy': (
        [
            "WEATHER Sunny, high 64",
            "THE RIVERTON GAZETTE          ",
            "Students arrive at Riverton Hi",
            "1400 Main St. • 555-0199",
        ],
        [
            "The Riverton Unified School District board voted 5-2 on Tuesday night to move th",
            "The decision follows nearly two years of debate among parents, teachers and coac",
        ],
        "Later bell for high schools",
    ),
    'bilingual_town_release': (
        ["Aller au contenu principal | S", "Français ci-dessous", "© Ville de Grand-Ruisseau 2025"],
        [
            "The Town of Grand-Ruisseau will begin collecting food scraps and yard waste from",
            "The new green cart service replaces the seasonal leaf collection that the town h",
        ],
        "Town launches curbside composting for all households",
    ),
    'taiwan_agency': (
        ["Focus Taiwan", "Taoyuan MRT Green Line tests f", "© 2025 CNA English News. All R"],
        [
            "The Kaohsiung city government will run four extra night bus routes along the Cir",
            "The upgrade, which was meant to let trams run every five minutes at peak hours, ",
        ],
        "Kaohsiung to add night buses after light rail upgrade slips to 2026",
    ),
    'iranian_daily': (
        ["Tehran Times", "Water crisis", "All rights reserved. Tehran Ti"],
        [
            "Isfahan Municipality has begun irrigating its largest public parks with treated ",
            "Reza Kazemian said a new 14-kilometer pipeline from the southern treatment plant",
        ],
        "Isfahan switches parks to treated wastewater as Zayandeh Rud runs dry",
    ),
    'jordanian_daily': (
        ["Jordan's first independent pol", "Health Ministry launches natio", "Privacy policy | Terms and con"],
        [
            "Three public health centres in Zarqa will keep their diabetes clinics open until",
            "Ministry Secretary General Layla Haddadin said the extended hours were meant for",
        ],
        "Zarqa diabetes clinics to open evening hours as caseload climbs",
    ),
    'tanzanian_daily': (
        ["Tanzania's Leading Newspaper S", "Advertisement", "© 2025 Daily News. All Rights "],
        [
            "THE Dodoma City Council will start providing a daily hot meal to 48,000 pupils i",
            "Council Director Juma Nkwabi told a stakeholders' meeting that the council had s",
        ],
        "Dodoma council to feed 48,000 pupils under new school meals plan",
    ),
    'moroccan_site': (
        ["Morocco | Politics | Economy |", "Join our WhatsApp channel for ", "© 2025 Morocco World News. All"],
        [
            "The Fez-Meknes regional council has approved funding for a water treatment plant",
            "The council voted on Thursday to contribute MAD 86 million ($8.9 million) to the",
        ],
        "Fez Medina Tanneries to Get Water Treatment Plant by 2026",
    ),
    'colombian_site': (
        ["Colombia news, data and analys", "Related: Bogotá's first cable ", "© 2025 Colombia Reports. All r"],
        [
            "Medellín's city council on Friday approved a loan of 410 billion pesos ($98 mill",
            "The line, to be called Metrocable P2, will have four stations and carry up to 4,",
        ],
        "Medellín approves cable car to link Comuna 6 hillsides with Metro line B",
    ),
    'png_daily': (
        ["PAPUA NEW GUINEA'S LEADING NEW", "Lae City to upgrade Bumbu Road", "Copyright © 2025 The National."],
        [
            "THE Angau Memorial Provincial Hospital in Lae will open a new K18 million matern",
            "Dr Tumu told The National that the two-storey building, funded by the national G",
        ],
        "Angau hospital to open K18m maternity wing in Lae",
    ),
    'belfast_daily': (
        ["Belfast Telegraph", "Belfast Rapid Transit: Phase t", "© Belfast Telegraph"],
        [
            "Plans for a third Glider rapid transit line linking Belfast city centre with Que",
            "Infrastructure Minister Aoife Mallon said the £62 million route would run from D",
        ],
        "Glider route to Queen's and City Hospital approved after two-year wait",
    ),
    'cypriot_daily': (
        ["Click here to change your cook", "Follow the Cyprus Mail on Goog", "© Cyprus Mail 2025"],
        [
            "Limassol municipality will close the busiest stretch of Anexartisias street to p",
            "The 650-metre section between Saripolou square and Agiou Andreou street will rem",
        ],
        "Limassol to close Anexartisias street to cars from October",
    ),
    'sweden_expat_site': (
        ["The Local Sweden", "Pupils at a school in Uppsala.", "© The Local Europe AB 2025"],
        [
            "Uppsala municipality will open English-taught classes for children aged six to 1",
            "The classes at Vaksala school and Gottsunda school will follow the Swedish natio",
        ],
        "Uppsala to open English-taught classes at two municipal schools",
    ),
    'us_national_politics': (
        ["Skip to main content", "Judge blocks state voter-roll ", "© 1996-2025 The Washington Led"],
        [
            "The Senate Commerce Committee abruptly postponed a vote Thursday on a $14 billio",
            "Sen. Harold Brandt (R-Neb.) and Sen. Lucinda Moray (R-Idaho) told committee lead",
        ],
        "Senate panel stalls rural broadband bill as two Republicans balk at price tag",
    ),
    'uk_tabloid_human_interest': (
        ["NewsUK NewsReal Life", "Tearful reunion", "© News Group Newspapers Limite"],
        [
            "A GREAT-GRAN who had never set foot on a plane has flown more than 3,000 miles t",
            "Edna Marsh, 91, from Stockport, boarded a flight to Toronto on Monday after a bu",
        ],
        "Great-gran, 91, who never left Britain finally flies to see long-lost sister in Canada after bus "
        "driver's appeal goes viral",
    ),
    'uk_broadsheet_analysis': (
        ["Skip to main contentSkip to na", "We use Google reCaptcha to pro", "© 2025 Gazette Media Group. Al"],
        [
            "When the transport secretary, Priya Ramanathan, told MPs on Tuesday that the Nor",
            "For months, the operator had been cancelling up to one in eight trains across pa",
        ],
        "Why the collapse of the Northern Link contract leaves commuters facing years of uncertainty",
    ),
    'us_cable_health': (
        ["Topics you follow", "Pharmacist prepares medication", "CNN Sans ™ & © 2016 Cable News"],
        [
            "Hospitals in Georgia, Tennessee and the Carolinas have begun postponing some ele",
            "The plant, operated by Meridian Medical Supply outside Macon, Georgia, makes abo",
        ],
        "Hospitals in three states ration IV fluids after plant shutdown disrupts supply",
    ),
    'au_public_regional': (
        ["Skip to main content", "Your information is being hand", "AEST = Australian Eastern Stan"],
        [
            "Families on farms west of Dubbo say they are being forced to drive up to 160 kil",
            "The route, which carried about 30 students from properties around Eumungerie and",
        ],
        "Dubbo school bus route axed after driver shortage leaves families stranded",
    ),
    'us_local_tv_water': (
        ["WEATHER ALERT", "In Other News", "ANKENY HEIGHTS, Iowa —"],
        [
            "More than 4,000 homes in Ankeny Heights are under a boil-water advisory after a ",
            "City officials said the break happened around 4:30 a.m. near Northeast Delaware ",
        ],
        "Ankeny Heights issues boil-water advisory after main break floods neighborhood",
    ),
    'business_paywall_story': (
        ["Dow 44,182.30 +0.42%", "-1.85 (-9.00%)", "Data provided by FactSet. Quot"],
        [
            "Harwell Foods Inc. said Tuesday it will close 46 supermarkets and eliminate abou",
            "The Ohio-based company, which operates 412 stores across nine Midwestern states,",
        ],
        "Harwell Foods to close 46 stores and cut 1,900 jobs as discount rivals squeeze margins",
    ),
    'uk_regional_council': (
        ["Nottingham Echo", "Article continues below", "Manage cookies"],
        [
            "General waste bins in Nottingham will be emptied every three weeks instead of ev",
            "The change, which affects around 130,000 households, is expected to save £2.1 mi",
        ],
        "Nottingham bin collections to move to every three weeks under council cost-cutting plan",
    ),
    'tech_news_affiliate': (
        ["The Circuit homepage", "Most Popular", "Platform Status"],
        [
            "E-bike maker Voltwheel is recalling about 68,000 lithium-ion battery packs sold ",
            "The recall covers batteries with serial numbers beginning with VW22 or VW23, sol",
        ],
        "Voltwheel recalls 68,000 e-bike batteries after reports of fires",
    ),
    'canadian_wire_story': (
        ["Skip to Main Content", "Saskatchewan towns still waiti", "Visitez Radio-Canada.ca"],
        [
            "Intercity bus operators that receive federal funding will have to equip new coac",
            "The requirement is part of a $420-million program to restore bus routes that dis",
        ],
        "Ottawa to require Wi-Fi and charging outlets on new intercity buses by 2028",
    ),
    'us_regional_chain_paper': (
        ["The Harmon County Detention Ce", "Skip to main content", "Advertisement", "Terms of Service | Privacy Pol"],
        [
            "Harmon County commissioners voted 4-1 on Thursday night to borrow $48 million fo",
            "The vote came after nearly three hours of public comment in a meeting room so fu",
        ],
        "Harmon County commissioners back $48 million jail expansion despite packed hearing",
    ),
    'uk_closed_live_blog': (
        ["Skip to main contentSkip to ke", "Closing summary", "© 2025 Meridian News & Media L"],
        ["That is where we will close the blog for today.", "Here is a summary of what happened."],
        "Northline rail strike: commuters face second day of cancellations as talks collapse – as it happened",
    ),
    'us_public_radio': (
        ["Accessibility links", "hide caption", "Terms of Use Privacy Your Priv"],
        [
            "Last fall, the hospital reopened the unit, and it has since delivered 63 babies.",
            "The turnaround came after the hospital hired two family physicians trained in ob",
        ],
        "A rural Kansas hospital reopened its maternity ward. Now it's delivering babies from 4 counties",
    ),
    'irish_broadcaster': (
        ["Skip to main content", "Comments are now closed", "Privacy Notice Cookie Policy A"],
        [
            "A primary school in Co Galway has been told to stop using two prefab classrooms ",
            "Scoil Bhríde in Ballinmore has about 310 pupils.",
        ],
        "Galway school to close two prefab classrooms after mould found",
    ),
    'uk_broadcaster_local': (
        ["Skip to content", "Norfolk County Council says it", "Copyright 2025 BBC. All rights"],
        [
            "Residents of three Norfolk villages say they will be cut off after a bus company",
            "Broadland Coaches said service 47, which links Cawston, Heydon and Saxthorpe wit",
        ],
        "Bus route cuts leave Norfolk villages without service",
    ),
    'us_magazine_news': (
        ["Skip to content", "Sign up for Work in Progress, ", "© 2025 The Meridian Monthly Gr"],
        [
            "Vialto Therapeutics, a San Diego company that set out to sell a low-cost version",
            "About 160 people will lose their jobs.",
        ],
        "The Startup That Promised Cheaper Insulin Just Ran Out of Money",
    ),
    'amp_tabloid_copy': (
        ["www.thedailyflare.co.uk", "Related Articles", "Cookie Settings"],
        [
            "Furious parents have slammed a council for axing the lollipop lady outside a bus",
            "Rotherdale Borough Council has confirmed the school crossing patrol on Hollins L",
        ],
        "Furious parents slam council after school crossing patrol axed outside busy primary",
    ),
    'us_sports_network': (
        [
            "Skip to main content",
            "Sponsored Headlines",
            "Copyright: © 2025 Sports Netwo",
            "Lindsey Marrow covers the NBA",
        ],
        [
            "Portland Cascades owner Howard Lin has agreed to sell the land under the team's ",
            "Under the agreement, the city will own the 14-acre site and lease it back to the",
        ],
        "Cascades owner agrees to sell team's arena land to city for $210M",
    ),
    'aggregator_uk_regional': (
        ["Skip to main content", "Story continues", "Copyright © 2025 Yahoo. All ri"],
        [
            "Plans to build 400 homes on the site of a former paper mill in Kent have been ap",
            "Medway Valley District Council's planning committee voted by seven votes to four",
        ],
        "Plans for 400 homes on former paper mill site approved despite flooding fears",
    ),
    'au_paywalled_story': (
        ["Herald Tribune Melbourne", "Puzzles and games", "© Copyright 2025 Herald Tribun"],
        [
            "A major Melbourne hospital will close two of its 11 operating theatres for at le",
            "Internal emails seen by the Herald Tribune show Bayside Health told surgeons las",
        ],
        "Bayside hospital to cut elective surgery as nurse shortage bites",
    ),
    'statehouse_nonprofit': (
        ["Skip to content", "Marisol Treadwell covers educa", "© 2025 Prairie State Ledger. A"],
        [
            "The measure, Legislative Bill 602, would cap annual growth in district levies at",
            "Sen. Dale Ostrander of Kearney, the bill's sponsor, said homeowners had carried ",
        ],
        "Lawmakers advance plan to cap school district property tax levies at 3%",
    ),
    'tabloid_court_report': (
        ["The Daily Clarion", "READ MORE: Mum's fury after sc", "© Clarion Media Ltd 2025. All "],
        [
            "A driving instructor who was scrolling through messages when he pulled out in fr",
            "Gavin Pellow, 46, of Wigton, Cumbria, admitted causing serious injury by careles",
        ],
        "Driving instructor jailed after crash that left cyclist paralysed",
    ),
    'canadian_press_copy': (
        ["The Harbour Herald", "Ontario woman wins $70 million", "© 2025 The Harbour Herald, a d"],
        [
            "The Crown corporation said Thursday that the new trains will begin running on Ap",
            "VIA Rail president Nadine Castonguay said the company carried 1.9 million passen",
        ],
        "VIA Rail to add morning trains between Ottawa and Montreal after ridership jumps",
    ),
    'hyperlocal_network': (
        ["Neighborly | Maple Grove, MN", "Subscribe to Neighborly's free", "© 2025 Neighborly Networks. Al"],
        [
            "Classes at the district's three high schools will begin at 8:50 a.m. instead of ",
            "Board chair Renata Voss said the change followed two years of surveys and a pilo",
        ],
        "District Approves Later Start Times For High Schools",
    ),
    'eu_commission_release': (
        ["European Commission - Press co", "Proposal for a Regulation on m", "Cross-border rail ticketing"],
        [
            "Today, the Commission has proposed new rules that would require rail companies t",
            "The proposal aims to make it easier for passengers to plan and buy international",
        ],
        "Commission proposes new rules to speed up cross-border rail ticketing",
    ),
    'un_news_story': (
        ["Global perspective Human stori", "SDG 3: Good Health and Well-be", "Copyright | FAQ | Privacy Noti"],
        [
            "Global stocks of oral cholera vaccine have fallen below the emergency threshold ",
            "The emergency stockpile, which is meant to hold five million doses at all times,",
        ],
        "Cholera vaccine stockpile running low as outbreaks spread across 20 countries",
    ),
    'company_newsroom_post': (
        ["Halvorsen Foods Newsroom", "Forward-Looking Statements", "© 2025 Halvorsen Foods Inc. | "],
        [
            "The Dayton bakery, which opened in 1962, makes bread and rolls sold under the co",
            "The company said it will offer jobs at the Springfield plant to all 310 hourly a",
        ],
        "Halvorsen Foods to close Dayton bakery, move production to new Ohio plant",
    ),
    'tv_morning_show': (
        ["Shows | News | Food | Shop | W", "Segment recap: Rosa Delgado jo", "Copyright © 2025 GDA Networks."],
        [
            "A school district near Houston has found a way to keep thousands of meals out of",
            "Cypress Bend Independent School District began the program at one elementary sch",
        ],
        "Texas school district sends untouched cafeteria food home with families",
    ),
    'parliament_committee_news': (
        ["UK Parliament", "Report: Rural bus services (HT", "Cookies | Accessibility statem"],
        [
            "Rural bus services in England are at breaking point after more than a decade of ",
            "In a report published today, the cross-party committee of MPs found that the num",
        ],
        "Bus services in rural England \"at breaking point\", MPs warn",
    ),
    'health_agency_release': (
        ["Skip to main content", "Adequately iodised salt is def", "Privacy | Terms of use | Cooki"],
        [
            "Roughly one in four children under the age of five in low-income countries lives",
            "The survey, which covered 41 countries, found that progress on salt iodisation h",
        ],
        "One in four children under five in low-income countries lacks iodised salt, new survey finds",
    ),
    'developing_story': (
        ["Skip to main content", "Related: Harbor City approved ", "© 2025 The Harbor City Ledger."],
        [
            "City officials said crews had isolated the ruptured section and that water press",
            "Residents of the Carroll Street apartments will not be allowed back before Thurs",
        ],
        "Water main break floods downtown Harbor City, forcing evacuation of 300 residents",
    ),
    'police_appeal_page': (
        ["Skip to content", "Crimestoppers: 0800 555 111 or", "© Westmere Police 2025"],
        [
            "Detectives are appealing for witnesses after a cyclist was seriously injured in ",
            "The 52-year-old man was riding along Brindle Road, near the junction with Kestre",
        ],
        "Appeal after cyclist seriously injured in hit-and-run on Brindle Road",
    ),
    'broadsheet_explainer': (
        ["The Chronicle", "Explore more on these topics", "© 2025 Chronicle News & Media "],
        [
            "Commuters across the north of England will pay an average of 6.8% more for seaso",
            "The increase, confirmed by Northern Link Rail last week, has angered passenger g",
        ],
        "Why are rail fares in the north of England rising faster than anywhere else?",
    ),
    'tv_verify_check': (
        ["Watch Live   Weather   Traffic", "WHAT WE FOUND", "Copyright 2025 KTVR. All right"],
        [
            "A post shared on Facebook more than 12,000 times this week claims that Maple Cou",
            "The post includes a photo of what appears to be a county notice.",
        ],
        "No, Maple County is not fining residents $500 for leaving trash bins out overnight",
    ),
    'photo_wire_story': (
        ["World  U.S.  Business  Photos ", "Librarian Margaret Sloane, cen", "Copyright 2025 The Global Wire"],
        [
            "The July flood that tore through this town of 2,300 people left four feet of mud",
            "On Saturday, more than 150 volunteers formed a human chain down Main Street to c",
        ],
        "Volunteers rebuild a flooded library in Vermont, one book at a time",
    ),
    'aggregator_app_copy': (
        ["For You   Following   Local   ", "Continue reading", "© 2025 NewsFlow   Privacy & Co"],
        [
            "The Greenfield Unified School District will hire 40 more bus drivers and raise s",
            "The school board approved the plan 5-2 on Monday night.",
        ],
        "Greenfield school district to add 40 bus drivers after months of late routes",
    ),
    'sunday_tabloid_exclusive': (
        ["THE SUNDAY BUGLE", "Read More on The Sunday Bugle", "©Bugle Group Newspapers Limite"],
        [
            "A CASH-STRAPPED council paid consultants £86,000 to make its staff happier — in ",
            "Bramford Borough Council hired the firm Brightmind Partners to run \"wellbeing wo",
        ],
        "COUNCIL SPENT £86,000 ON 'HAPPINESS CONSULTANTS' WHILE LIBRARIES CLOSED",
    ),
    'earnings_release': (
        ["BusinessLine Wire", "Net income  $31.8  $24.9  28%", "Cobaltline on LinkedIn"],
        [
            "Cobaltline Logistics, Inc. (NYSE: CBLT), a freight and warehousing company, toda",
            "Net income was $31.8 million, or $0.74 per diluted share, compared with $24.9 mi",
        ],
        "Cobaltline Logistics Reports Third Quarter 2025 Results; Raises Full-Year Revenue Outlook",
    ),
    'weather_service_story': (
        ["National Weather Service", "Flood Watch  14 counties in we", "Disclaimer  Information Qualit"],
        [
            "The remnants of Tropical Storm Orla will bring two to five inches of rain to the",
            "A Flood Watch is in effect for 14 counties, including Haywood Ridge, Pell and Ta",
        ],
        "Remnants of Tropical Storm Orla to bring heavy rain to the mountains",
    ),
    'regional_pa_copy': (
        ["MENU  News  Sport  What's On  ", "The Echo newsletter cuts throu", "©Fenshire Media Ltd. All right"],
        [
            "Hospitals in England will be asked to run evening and weekend outpatient clinics",
            "Around 2.9 million people are waiting for a first outpatient appointment, accord",
        ],
        "Hospitals told to cut outpatient waits with evening and weekend clinics",
    ),
    # Round twenty-one: nine more by a helper (a Dutch and a Chilean English edition, a Quebec page with French
    # chrome, a feed reader's and a read-later app's copies, a membership blog with its comments, a trade magazine's
    # event promo, a match report's odds, a TV station's video transcript).
    'nl_english_site': (
        [
            'Your independent English-langu',
            'October 14, 2025',
            'Floodwater on the Zelder near ',
            'Photo: Beeldbank Noord',
            'Marit Hoekstra',
        ],
        [
            'Dike reeve Hendrik van Bommel, who chairs the board, said the winter floods had ',
            'The board said it would hold information evenings in all six affected villages b',
            'The water board said it would complete the work on the most vulnerable 12-kilome',
        ],
        'Zeldermond water board to raise dikes after river came within 30cm of overtopping',
    ),
    'quebec_french_ui': (
        ['Aller au contenu', 'Radio-Vallée', 'Se connecter', 'Taille du texte', "Écouter l'article"],
        [
            '"But keeping the doors open with one nurse on a night shift would not be safe fo',
            'The authority said it would reopen the emergency department around the clock on ',
            'Dr. Gervais said the authority had offered signing bonuses of $12,000 to nurses ',
        ],
        'Saint-Aurèle ER to close overnight for the summer as nurse shortage deepens',
    ),
    'chile_english_edition': (
        [
            'English Edition',
            'Leer en español',
            'Join our WhatsApp channel',
            'By Valentina Orrego Fuentes',
            'This article was translated',
        ],
        [
            'The copper miner Minera Cordillera Blanca has agreed to stop drawing water from ',
            'The company said it would cut its use of aquifer water by half by the end of 202',
            'Regional governor Patricia Huenchul said the regional government would set up a ',
        ],
        'Cordillera Blanca mine agrees to stop pumping from Valle Seco aquifer after drought protests',
    ),
    'feed_reader_copy': (
        ['Recently Read', 'Upgrade to Pro+', 'Mark all as read', 'by Owen Carraway', 'Visit Website'],
        [
            'The county will hold a public hearing on the fee increase on Nov. 12 at the Mill',
            'County public works director Samuel Obi said the county would cap the older cell',
            'Millbrook County commissioners voted 4-1 on Tuesday to close the Pine Hollow lan',
        ],
        'Millbrook landfill to close five years early as county turns to regional transfer station',
    ),
    'pocket_export': (
        ['lakesidegazette.com', 'by Hollis Kwan', 'View Original', 'Text settings', 'Listen (beta)'],
        [
            'The department also ordered the Brenton Lake Sewer District to cut the phosphoru',
            'The sewer district said it would install a chemical phosphorus removal system at',
        ],
        'Brenton Lake algae bloom closes beaches for third summer as state orders phosphorus cuts',
    ),
    'ghost_local_blog': (
        [
            'Floodwater on Front Street dur',
            'Photo by Rhea Castellanos',
            'Support our journalism',
            'nonprofit newsroom',
            "We don't have a paywall",
        ],
        [
            'City engineer Paul Nakagawa told the council the old wall had been "living on bo',
            'The city said it would pay for the project with $2.5 million from a state coasta',
            'Councilor Ben Albright said the council would ask staff to look at raising the r',
        ],
        'Tidewater council approves $4.2 million seawall repair after Front Street floods',
    ),
    'trade_magazine_event': (
        [
            'COLD CHAIN LOGISTICS REVIEW',
            'The business of temperature-co',
            'Newsletter sign-up',
            'Regulation & Compliance',
            'Priya Venkataraman',
        ],
        [
            '"Consumers have a right to expect that the food on the shelf has been kept cold ',
            'The authority said it would publish technical guidance on approved logging devic',
            'He said the association would ask the authority to phase in the rules for operat',
        ],
        'Food transport authority to require continuous temperature logging on all refrigerated trucks from 2027',
    ),
    'match_report_odds': (
        ['Kestrel Town 1-0 Mardale Utd', 'Fenwick Rovers', 'Bramley 0-3 Stonegate', 'Goalpost Live', 'Match report'],
        [
            'Kestrel Town said in a statement after the match that it would work with police ',
            "The league said it would review the referee's report before deciding whether to ",
            'Substitute Danny Costa sealed the win in stoppage time, running clear from halfw',
        ],
        'Kestrel Town 3-1 Harrowgate Albion: Pryor double keeps Kestrel top as club vows action over coin-throwing',
    ),
    'tv_video_transcript': (
        ['NorthShore 7', '7 On Your Side', 'Video duration', 'Crestview board votes to close', 'Show transcript'],
        [
            'The Crestview School Board voted 5-2 Tuesday night to close three elementary sch',
            'The district said it would keep class sizes at or below 24 students in the recei',
            'The district said it would hold open houses at each receiving school in April an',
        ],
        'Crestview schools to close three elementary buildings as enrollment falls',
    ),
    'apple_news_share': (
        [
            'THE HARBOR CITY SENTINEL',
            'By Marcus Delacroix-Hart',
            'Sep 18, 2025 at 6:05 AM',
            'Photo: Lena Vasquez',
            'A ferry leaves the Pier 9 term',
        ],
        [
            'The authority said it would freeze fares for the next two years and would offer ',
            'City Council President Alma Reyes said the council would consider a one-time gra',
            'Ferry riders in Harbor City will pay 25% more for a single ticket starting Oct. ',
        ],
        'Harbor City ferry fares to rise 25% as transit agency faces $18 million shortfall',
    ),
    # Round twenty-two: six printed pages by a helper (PDF and OCR copies: jumps by 'See' and 'Turn to', captions
    # with their credits over and under them, pull quotes, drop caps, folios, other stories on the page).
    'print_us_jump_see': (
        [
            'A1  THE HALVERSON COURIER  WED',
            'halversoncourier.com  ★★  $2.0',
            'By MARCUS FELL',
            'Staff Writer',
            'Parents hold signs outside Hal',
        ],
        [
            'The Halverson Public Schools board voted 4-3 on Monday night to close Birchwood ',
            '"We moved to this street because of that school," she said.',
            'A group of Ferris parents said Tuesday that they had hired a lawyer and would as',
        ],
        'District to close two elementary schools',
    ),
    'print_us_water_jump': (
        [
            'THE MERIDIAN TRIBUNE',
            'WEDNESDAY, APRIL 16, 2025 • ME',
            'By ELENA VOSS',
            'Tribune Staff Writer',
            'KEVIN DORSEY | MERIDIAN TRIBUN',
        ],
        [
            'Meridian residents will pay about 18 percent more for water by 2028 after the Ci',
            'Council member Victor Ruiz cast the only vote against the plan.',
            'The next rate review is scheduled for 2028.',
        ],
        'Water bills to rise 18% over three years',
    ),
    'print_uk_weekly_turn_to': (
        [
            'WESTMERE NEWS',
            'Thursday, March 13, 2025  No. ',
            'www.westmerenews.co.uk',
            'By SAM PRYCE',
            'Community Reporter',
        ],
        [
            'The 47 bus service linking six villages to Westmere town centre will continue to',
            'Mrs Marsh said she was delighted but warned that the reduced timetable would sti',
            'The new timetable will start on April 7 and will be posted at every stop on the ',
        ],
        'Rural bus lifeline saved after village campaign',
    ),
    'ocr_mill_homes': (
        [
            'PELLHAM FALLS DAILY RECORD    ',
            'By JANET OYELARAN',
            'Record Staff',
            'The Corwin Textile Mill, vacan',
            'turned into apartments. Photo:',
        ],
        [
            'The Pellham Falls Planning Board on Thursday approved a plan to turn the long-em',
            'Neighbors raised concerns about traffic on River Street, which is already conges',
            "Northgate vice president Daniel Sutter said the company would preserve the mill'",
        ],
        'Old mill site to become 300 homes',
    ),
    'print_us_weekly_dropcap': (
        [
            'The Alder Creek Herald',
            'Week of November 6-12, 2025 • ',
            'ELECTION 2025',
            'By RUTH CALLOWAY',
            'Herald Editor',
        ],
        [
            "Alder Creek voters on Tuesday approved a $6.8 million bond to replace the town's",
            'The new station will be built on a three-acre lot the town already owns on Route',
            'Lindqvist said the town would sell the Depot Street building once the new statio',
        ],
        'Voters back $6.8M fire station',
    ),
    'print_uk_hospital_caption': (
        [
            'THE NORTHERN CHRONICLE Wednesd',
            'GRACE ADEYEMI',
            'HEALTH CORRESPONDENT',
            'A queue of ambulances outside',
            'Kingsmoor General Hospital las',
        ],
        [
            'Patients at Kingsmoor General Hospital waited up to 40 hours for a bed in its ac',
            'Northvale County Council, which arranges social care, said it would spend an ext',
            "The trust's board will discuss the plan at a meeting in public on Thursday.",
        ],
        'Hospital trust to open 60 extra beds as winter waits soar',
    ),
    # Round twenty-three: nine more by a helper (a Reddit thread quoting a story, a Nordic broadcaster's English
    # service, a hospital trust's release, a Google Translate copy, an archive capture, a forwarded e-mail, a Balkan
    # portal with comments, a Central Asian site, a diocesan weekly).
    'reddit_thread_quote': (
        [
            'Paywalled on the Courier site',
            'Image: Carrowby Courier',
            'which is one of two branches s',
            'Campaigners vow to fight libra',
            'sign up to our free newsletter',
        ],
        [
            'Carrowby Borough Council will close two branch libraries and cut opening hours a',
            'The council said it would keep the mobile library running to the affected estate',
            'The council faces a £9.7 million budget gap next year, which it blames on rising',
        ],
        'Carrowby council to close two branch libraries under £1.4m savings plan',
    ),
    'nordic_broadcaster_english': (
        [
            'Image: Mikko Laaksola',
            'The last overnight train to La',
            "Lapvik's railway station has h",
            'Sanna Ylitalo',
            'Updated 12.9.2025',
        ],
        [
            'Raiteo says it has leased eight refurbished sleeper cars and will run the servic',
            'Lapvik mayor Juho Rännikkö welcomed the announcement but said a four-night sched',
            "The Rail Workers' Union RTL said it would ask for guarantees that the sleeper ca",
        ],
        'Night trains to return to Lapvik route in December, rail operator says',
    ),
    'hospital_trust_release': (
        [
            'Change text size',
            'Listen to this page',
            'Published on: 3 November 2025',
            'Share this page',
            "An artist's impression of the ",
        ],
        [
            'A new urgent treatment centre will open at Coldbrook Community Hospital next spr',
            'Dr Farida Osei-Bonsu, the trust\'s medical director, said: "Too many people are w',
            "Councillor Ruth Ambler, chair of Westshire County Council's health scrutiny comm",
        ],
        'New £6m urgent treatment centre to open at Coldbrook Hospital',
    ),
    'google_translate_copy': (
        [
            'Google Translate',
            'Original text',
            'Rate this translation',
            'Your feedback will be used',
            'By: Editorial Staff',
        ],
        [
            'The municipal company will apply night cuts of up to eight hours and will distri',
            'The company promised that it will distribute drinking water with tanker trucks i',
            'The neighborhood associations criticized that the measure was announced with onl',
        ],
        'Riosuerte will ration water in 14 neighborhoods starting Monday due to drought',
    ),
    'archive_today_capture': (
        [
            'archive.today',
            'webpage capture',
            '3 Aug 2024 14:02:11 UTC',
            'All snapshots from host',
            'Buy me a coffee',
        ],
        [
            'If approved, the bond would pay to demolish and rebuild Whitaker Elementary, bui',
            "The district said it would form a citizens' oversight committee to review spendi",
            'Parents who spoke during public comment were largely in favor. Jessica Varnum, w',
        ],
        'Marlow Falls school board puts $84 million bond on November ballot',
    ),
    'email_forward_article': (
        [
            'We should talk about the traff',
            "I'll bring printouts",
            'Chair, Linden Park Neighbors A',
            'Sent from my iPhone',
            'Begin forwarded message',
        ],
        [
            'Brightwater Partners, the developer, agreed as part of the deal to set aside 15%',
            "Council member Ross Delacruz, who voted no, said the neighborhood's streets coul",
            "The city's planning department said it would hold a separate hearing in January ",
        ],
        'City council approves Harrow Street rezoning, clearing way for 420 apartments',
    ),
    'balkan_english_portal': (
        [
            'Lipovica 14°C',
            'Author: Ivana Perkov',
            'Published: 12.03.2025.',
            'Photo: Marin Šoltić',
            'The port of Vrsnik in winter, ',
        ],
        [
            'State ferry operator Plovmar will introduce a year-round catamaran service betwe',
            'Plovmar said it would buy a new 200-passenger catamaran, worth 7.4 million euros',
            'The Ministry of Maritime Affairs confirmed that the line would be subsidised und',
        ],
        'Lipovica to get year-round ferry link to Vrsnik island from June',
    ),
    'central_asian_english': (
        [
            'Views: 1 284',
            '18 March 2025, 11:47',
            'Photo: press service',
            'Subscribe to the Steppe Times ',
            'be the first to know the news',
        ],
        [
            'The Tuzbulak regional administration will connect 11 villages to the main gas ne',
            'The governor said the regional administration would subsidise household connecti',
            'The governor acknowledged earlier delays, which he blamed on a contractor that w',
        ],
        'Tuzbulak region to connect 11 villages to gas network by end of 2026',
    ),
    'diocesan_weekly': (
        [
            'Serving the Diocese of Ashwell',
            'Mass Times Finder',
            'By Margaret Oduya',
            "celebrates Mass at St Mary's C",
            'Photo: Herald/Joseph Brannagh',
        ],
        [
            'The Diocese of Ashwell will merge 14 parishes in its northern deanery into five ',
            "Father Declan Mulvany, parish priest of St Brigid's in Carnfield, said parishion",
            "The diocese will hold an open meeting for the northern deanery at the St Mary's ",
        ],
        'Diocese to merge 14 parishes into five as priest numbers fall',
    ),
    # Round twenty-four: printed pages from a helper's second print run (jumps by 'BUDGET, from A1' and to the back
    # page, a brief above the main story, an obituary under it, an e-paper viewer's page with two bylines).
    'print_us_budget_jump': (
        [
            'THE MARLOWE CITY LEDGER',
            'marloweledger.com',
            'Late Edition',
            'Library branches spared',
            'Ledger Staff Writers',
        ],
        [
            'The Marlowe City Council on Thursday approved a $412 million budget for the comi',
            '"We are patching the roof with tarps and calling it a repair," Anselm said.',
            'The budget takes effect July 1.',
        ],
        'Council passes $412M budget with tax freeze',
    ),
    'print_uk_maternity_turn': (
        [
            'THE ASHCOMBE',
            'Your town. Your paper.',
            'Health Correspondent',
            'Picture: Tom Hale',
            'Mum-to-be Leanne Cobb',
        ],
        [
            'THE maternity unit at Ashcombe General Hospital will close for nine months from ',
            '"I\'ll be forty minutes from the nearest labour ward, and that\'s if the traffic\'s',
            'The trust said the unit was expected to reopen in June 2026.',
        ],
        'Maternity unit to close for nine months',
    ),
    'print_ie_brief_above': (
        [
            'THE KILBRANNAN CHRONICLE',
            'Bin collections',
            'bank holiday',
            'leave bins out',
            'Cost-cutting plan',
        ],
        [
            'MORE than 4,000 streetlights across rural parts of the county will be switched o',
            'But Councillor Tomás Ruane said older people in isolated areas had told him they',
            'Local garda superintendent Gráinne Moss said she had met council officials and d',
        ],
        'Council to switch off streetlights after midnight',
    ),
    'print_us_ferry_back_page': (
        [
            'THE TAMSETT HARBOUR EXAMINER',
            "Islanders warn of 'isolation'",
            'Examiner staff',
            'Route: Tamsett Harbour',
            'Sailings now',
        ],
        [
            'Ferry service between Tamsett Harbour and Greyle Island will be cut from 11 sail',
            '"People will have to choose between their job and living here," Ng said.',
            '"Every cancelled boat is a day I throw bread away," she said.',
        ],
        'Greyle Island ferry sailings to be cut by a third',
    ),
    'epaper_viewer_two_bylines': (
        [
            'Page 5 of 48',
            'THE DERWENT VALE TELEGRAPH',
            'Monday 20 October 2025',
            'Rovers promise new road',
            'By KIERAN HOLT',
        ],
        [
            "DERWENT Vale Rovers' plan to leave their 108-year-old home at Mill Road for a ne",
            'Parish councillor Joan Etherby said the village had been "sold down the river fo',
            'Rovers hope to play their first game at the new stadium in August 2027.',
        ],
        'Councillors wave through 12,000-seat stadium despite traffic fears',
    ),
    # Round twenty-five: ten more by a helper (a county's alert centre, a Philippine broadsheet's ads, a New Zealand
    # site in te reo chrome, a Caribbean radio's player, a French site's English edition, a phone's copy, embedded
    # posts, an inline poll, a key-points box, a South African power ticker).
    'county_alert_center': (
        [
            'Outdoor burning is prohibited',
            'Keller Creek Road is closed be',
            'cooling center',
            'View All Alerts',
            'Share & Bookmark',
        ],
        [
            'Marlin County commissioners on Wednesday approved a $14.2 million contract to re',
            'Commissioners voted 3-0 to award the contract to Ridgeline Civil Works of Albany',
            '"We did not get the price we wanted, but the price is not going to go down," Bea',
        ],
        'Commissioners approve $14.2 million replacement of Keller Creek Bridge',
    ),
    'ph_broadsheet_adverts': (
        [
            'ADVERTISEMENT',
            'Signal No. 2',
            'fuel subsidy after fish kill',
            'wade through floodwaters',
            'Your subscription',
        ],
        [
            "More than 600 families displaced by last month's floods in this riverside town w",
            'The provincial government said it would release P180 million for the constructio',
            'The site was donated by the Roxas-Villamor family, which owns a sugar plantation',
        ],
        'Flood-hit San Rafael families to get relocation homes by December, governor vows',
    ),
    'nz_local_te_reo': (
        [
            'Kia ora! Welcome',
            'Tiri | Share',
            'Listen to this story',
            'Kaumātua Hemi Rāwiri at the Te',
            'Photo / Liam Brough',
        ],
        [
            'A marae-led project to build 40 homes for whānau in Waiharakeke Bay has won the ',
            'The trust said it would repay the council loan over 25 years from rents and woul',
            'Chief executive Graeme Tolley said the loan would be funded by borrowing, and th',
        ],
        'Marae-led housing project wins council backing despite rates worries',
    ),
    'caribbean_radio_stream': (
        [
            'Download the Coral Wave app',
            '00:00 / LIVE',
            'Coral Wave Newsroom',
            'LISTEN: Chamber president',
            'Got a news tip',
        ],
        [
            'The minimum wage in St. Adrienne will rise from $11.50 to $14 an hour on January',
            'The St. Adrienne Chamber of Commerce said it supported the increase in principle',
            'Chamber president Rupert Lestrade said many small shops and restaurants were sti',
        ],
        'Government to raise minimum wage to $14 an hour from January',
    ),
    'french_english_edition': (
        [
            'Abonnez-vous',
            'Article réservé aux abonnés',
            'Lire en français',
            'JEAN-BAPTISTE ROUX',
            'Workers outside the Verrerie D',
        ],
        [
            'Verrerie Delorme, the glassmaker that has operated in Valmont-sur-Loue since 184',
            'The company said it would offer voluntary departures first and would fund retrai',
            'Unions reacted angrily.',
        ],
        'Valmont glassworks to cut 240 jobs as energy costs bite',
    ),
    'mobile_phone_copy': (
        [
            'brackenfordecho.co.uk',
            'Get the Brackenford Echo app',
            'Continue in browser',
            'Health reporter',
            '08:15, 12 Aug 2025',
        ],
        [
            "Brackenford General Hospital's accident and emergency department will close over",
            'North Valeshire Hospitals NHS Trust said the change would last at least six mont',
            '"This is not a decision we have taken lightly, but we cannot run a safe service ',
        ],
        'Brackenford hospital A&E to close overnight from October, trust confirms',
    ),
    'embedded_social_posts': (
        [
            'pnatarajan@millbrookledger.com',
            'Updated 6 hrs ago',
            'Copy article link',
            'Residents line up to speak dur',
            '@PriyaN_Ledger',
        ],
        [
            'Millbrook City Council voted 5-2 on Tuesday night to approve a 30-year lease tha',
            'More than 200 people packed the council chambers for the four-hour meeting, and ',
            'Mayor Denise Varga, who does not vote on the council but had campaigned for the ',
        ],
        'Council approves 30-year ballpark lease, bringing Mudcats to Riverside Park',
    ),
    'inline_poll': (
        [
            'Local democracy and council re',
            '12th Aug 2025, 16:40 BST',
            'Picture: Tom Ferris',
            'one of four where Sunday charg',
            'View results',
        ],
        [
            'Ashcombe Town Council will review its new Sunday parking charges after traders s',
            '"We have had our worst summer since the pandemic. People are simply going to the',
            'Council leader Cllr Stephen Rigby said the council would carry out a full review',
        ],
        'Council to review Sunday parking charges after traders report slump',
    ),
    'key_points_box': (
        [
            'Posted 2 hours ago',
            'Transport correspondent',
            'About sharing',
            'Image source',
            'Image caption',
        ],
        [
            'The replacement ferry for the Isle of Farra will be delivered 14 months late and',
            'In a statement to MSPs on Tuesday, chief executive Morag Lindsay blamed design c',
            "The yard's owner, Inverbrae Marine, said it had taken on 90 extra workers since ",
        ],
        'Farra ferry delivered 14 months late and £22m over budget',
    ),
    'sa_power_ticker': (
        [
            'Partly cloudy',
            'Your coast. Your news.',
            'Stage 3 load-shedding in effec',
            'View full schedule',
            'Small-scale fishers at the Kwa',
        ],
        [
            "Kwanele Bay's fishing harbour will get a R340-million upgrade over the next thre",
            'The authority said it would appoint a contractor by November and would reserve a',
            'It also said it would keep the harbour open to fishing boats throughout construc',
        ],
        'R340m upgrade for Kwanele Bay fishing harbour, ports authority announces',
    ),
    # Rounds twenty-six and twenty-seven: nineteen more by helpers, written blind (a smart-brevity newsletter site, a
    # structured "The News / Know More" story, state media and a state agency in English, a Gulf broadcaster, a
    # magazine with an editor's note and an update, a local newsletter post, a syndicated portal copy, a TV
    # station's storm updates, an Indian daily in Devanagari chrome; an AI key-points box, a timeline, a fact box,
    # a stock widget, a document viewer, election results, a "How to help" box, shopping widgets and an embedded
    # post, a medically reviewed health story, a club's press conference).
    'smart_brevity_local': (
        [
            'Skip to main content',
            'Axion Local Columbus',
            'Mar 4, 2025 - Economy',
            'Headshot of',
            'Share on Facebook',
            'Illustration: Priya Olander',
            'Subscribe to Axion Columbus',
            'Get smarter, faster',
        ],
        [
            'The city council voted 5-2 on Monday night to approve a $48 million contract wit',
            'Construction is set to begin in June.',
            'Brightwater chief executive Lionel Achebe said the company would hire at least 6',
            '"We are locking in a price today for a technology that gets cheaper every single',
        ],
        'Ohio River port town bets $48 million on a floating solar farm',
    ),
    'structured_news_knowmore': (
        [
            'Fresh perspective on the continent',
            'In this article:',
            'Updated Mar 3, 2025',
            '7:21am EST',
            'Title icon',
            'Copied',
            'WhatsApp',
            'Semaphore Signals',
        ],
        [
            "Namora's central bank on Monday ordered the country's four mobile money operator",
            'Governor Ambrose Kettering said the bank would waive all transfer fees on the di',
            '"We are not against the e-lira, but you cannot rebuild a national payments switc',
            'The finance ministry has promised to cover part of the integration costs for the',
        ],
        "Namora's central bank gives mobile money firms 90 days to link up with its digital naira rival",
    ),
    'state_media_english': (
        [
            'Global Edition',
            'Huaxia Daily E-paper',
            'Home / China / Society',
            'By ZHOU MEILIN',
            'Updated: 2025-03-03 07:12',
            'Share - WeChat',
            '[Photo by Tang Haoran/For Huaxia Daily]',
            '[Photo/Xinhua]',
        ],
        [
            'The mountain city of Lanzhu in Yunshan province has started using drones to deli',
            'Xu said the city government would extend the service to all 14 districts by the ',
            'Feiyun Logistics has promised to add night flights for residents with medical ne',
            'Eighty-one-year-old resident Fang Guilan, who lives on the seventh floor of a bu',
        ],
        'Drones bring hot meals to elderly residents in mountain city',
    ),
    'state_agency_slashes': (
        [
            'Russian Politics & Diplomacy',
            'Press Review',
            '3 MAR, 14:27',
            'Updated: 3 MAR',
            'Copy link',
            'VELIKOYARSK, March 3. /SEVINFORM/.',
            '/SEVINFORM/',
            'Read also',
        ],
        [
            '"The contract has been signed, and the builders will be on site as soon as the i',
            'According to him, the project will cost 14.6 billion rubles, of which 9 billion ',
            'The contractor, Severny Mostostroy, has pledged to keep a temporary pontoon cros',
            'He added that the company would hire about 450 workers, most of them from the re',
        ],
        'Velikoyarsk region to build new bridge over Lyuta River by 2027, governor says',
    ),
    'gulf_broadcaster_hero': (
        [
            'Skip to Content',
            'Navigation menu',
            'News|Environment',
            '[Karim Haddou/Al Manara]',
            'Published On 3 Mar 2025',
            'Click here to share',
            'share2',
            'Listen to this article',
        ],
        [
            'The $1.3bn plant, being built by the Gulf-based firm Tahliya Water Holdings, is ',
            'But the fishermen say the brine discharged by the plant, which is twice as salty',
            "Sudeira's Minister of Water Resources, Nadia Belkacem, said on Sunday that the g",
            'Tahliya Water Holdings has promised to extend the discharge pipe two kilometres ',
        ],
        'Fishermen in Sudeira protest as giant desalination plant rises on their coast',
    ),
    'magazine_update_note': (
        [
            'Skip to content',
            'Listen (6 min)',
            "Editor's note:",
            'Halvorsen Family Foundation',
            'The foundation has no control over our reporting',
            'Photograph by Sam Ortiz',
            'A nurse walks through the empty labor and delivery wing',
            'March 3, 2025 2:15 PM EST',
        ],
        [
            "The hospital's chief executive, Dolores Kincaid, said in a memo to employees tha",
            "Women in the county will now have to drive to St. Adelia's in Marston, an hour a",
            "The state's health secretary, Imogen Achterberg, said her department would provi",
            'Achterberg has also promised to send a team of traveling nurses to Pine Hollow w',
        ],
        'A Rural Hospital Is Closing Its Maternity Ward. Expectant Mothers Will Drive 90 Miles.',
    ),
    'substack_local_news': (
        [
            'Share this post',
            'Copy link',
            'Thanks for reading The Harlow County Ledger',
            'Subscribe for free to receive new posts',
            'Leave a comment',
            'enrollment projections are posted on its website',
            'obtained through a public records request',
            '14 Likes',
        ],
        [
            'The Harlow County school board voted 4-3 on Thursday night to close Alder Street',
            'Alder Street, which was built in 1924, needs an estimated $6.7 million in roof a',
            'Rourke said the district would move all 212 Alder Street students to Maple Grove',
            'More than a third of Alder Street students live within half a mile of the buildi',
        ],
        'School board votes to close Alder Street Elementary',
    ),
    'syndicated_portal_story': (
        [
            'Yarrow News',
            'Kayla Brent, Lakeshore Sentinel',
            'Mon, March 3, 2025 at 6:42 AM EST',
            '4 min read',
            'Link Copied',
            'Photo: Devin Roux',
            'docks at Calder Point on Feb. 20, 2025',
            'Story continues',
        ],
        [
            'Winter ferry service to Brennan Island will end next year, Tessaly County offici',
            'County administrator Philip Marchetti said the county would run the ferry from A',
            '"You are telling a fisherman\'s kid to fly to school in an eight-seat plane when ',
            "The island's one-room school, the only school on Brennan Island, now teaches stu",
        ],
        'Ferry to Brennan Island will stop winter runs after 70 years, county says',
    ),
    'tv_storm_updates': (
        [
            'Weather Alerts 3',
            'Closings & Delays 112',
            'Beckett Christian Academy - 2 hour delay',
            'St. Lucy Preschool',
            '7-Day Forecast',
            'By: KTVW News 4 Staff',
            'Posted at 6:05 AM',
            'last updated 4:21 PM',
        ],
        [
            'Crews have restored power to about 31,000 customers, but Tri-Valley Electric say',
            'Tri-Valley Electric said it would open two charging and warming stations on Tues',
            '"If you don\'t have to be on the road, please stay home," Oyelaran said at an aft',
            'Commission chair Beverly Tannenbaum said the county has promised to keep its thr',
        ],
        'LIVE UPDATES: Ice storm leaves 80,000 without power across the Tri-Valley',
    ),
    'indian_regional_devanagari': (
        [
            'ताज़ा ख़बरें',
            'ई-पेपर',
            'E-Paper',
            'Home / State / Charanpur',
            'Our Staff Reporter',
            'Updated: Mar 03, 2025 14:32 IST',
            'Follow us on',
            '(Photo | Suresh Nambiar)',
        ],
        [
            'More than 2,000 farmers from 14 villages in Charanpur district blocked construct',
            'The state Public Works Department has so far acquired about 60 per cent of the 1',
            'Speaking in the state capital later in the day, Revenue Minister Shobha Deshmane',
            'Deshmane also assured that the government had promised to provide one job per af',
        ],
        'Farmers block Charanpur highway work, demand four times market rate for land',
    ),
    'ai_keypoints_box': (
        [
            'AI-generated summary',
            'Tram plan paused',
            'Budget blowout',
            'Projected spending has more than doubled',
            'Residents could see a scaled-back route',
            'This summary was generated with the help of AI',
            'Was this summary helpful?',
            'Listen to this article',
        ],
        [
            'The city council voted 9-4 on Monday night to suspend work on the Eastbank tram ',
            '"We owe it to the people of Millbrook Flats to build something that actually get',
            'She also promised that the $14 million already spent on design work would not be',
            'Vance said his group would table a motion next month asking the council to fund ',
        ],
        'Harrowgate council halts Eastbank tram extension after cost doubles to $412 million',
    ),
    'timeline_sidebar': (
        [
            'Timeline: the Tessel River spill',
            'First warning letter sent over cracked lagoon wall',
            'Second inspection finds seepage at north bank',
            'Final warning; repairs',
            'Lagoon overflows after 61mm of rain',
            'Fishing banned on 9km of river',
            'Record $8.6m penalty announced',
            'Dead fish gathered by volunteers',
        ],
        [
            "The company behind last summer's chemical spill on the Tessel River has been ord",
            '"This was not an accident of nature," said the agency\'s chief inspector, Rosalin',
            'The money will pay for removing contaminated silt from the riverbed, restocking ',
            'The company said it would install automatic water-level alarms at all four of it',
        ],
        'Quarry firm ordered to pay $8.6m to clean up poisoned Tessel River',
    ),
    'by_the_numbers_box': (
        [
            'BY THE NUMBERS',
            'Median wait for a hip or knee operation in August',
            'Patients on the orthopaedic waiting list',
            'Operations per weekend list',
            'Cost of the weekend programme to March',
            'Patients have waited longer than a year',
            'Source: Northmoor Hospitals Trust board papers',
            'where two new operating theatres will open in January',
        ],
        [
            'Patients waiting for hip and knee replacements in Northmoor will be offered oper',
            'Figures published by the trust on Wednesday show the median wait for a planned h',
            'The trust has pledged to bring the median wait back below 26 weeks by the end of',
            '"If weekend working becomes compulsory by the back door, people will leave."',
        ],
        'Northmoor hospitals to open weekend surgery lists as hip and knee waits pass 40 weeks',
    ),
    'stock_quote_widget': (
        [
            'Market closed',
            'Quote data delayed',
            'QuoteStream',
            'Add to watchlist',
            'Day range',
            '52-week range',
            'Market cap',
            'Pre-market',
        ],
        [
            'Shares of Novalith Systems fell sharply on Wednesday after the chipmaker said it',
            'The company now expects full-year revenue of about $3.1 billion, down from a pre',
            '"We are not going to build capacity the market is not ready to absorb," Halvorse',
            'The company also promised to repay $150 million in state incentives if it fails ',
        ],
        'Novalith shares slide 7% after chipmaker delays Ridgeback plant and cuts outlook',
    ),
    'court_document_viewer': (
        [
            'Download PDF',
            'Contributed to DocumentCloud',
            'View document or read text',
            'Zoom in',
            'COMPLAINT FOR DAMAGES AND INJUNCTIVE RELIEF',
            'DEMAND FOR JURY TRIAL',
            'Case No. 25CV-04412',
            'Republish this story',
        ],
        [
            'Twenty-two families in Marrow Point have sued the private water company that ser',
            'The federal action level for lead in drinking water is 15 parts per billion.',
            '"Halcyon had those numbers on a desk for two years."',
            'Amundsen said the company would pay for filters on every drinking fountain in th',
        ],
        'Families sue Halcyon Water over lead in Marrow Point school fountains',
    ),
    'election_results_widget': (
        [
            'Race call',
            'KVLR projection',
            'Precincts reporting',
            '104 of 119',
            'Candidate | Party | Votes | Pct.',
            '28,417',
            '21,563',
            'Last updated 12:31 AM',
        ],
        [
            'City council member Lydia Ortega-Whitcombe was elected mayor of Sallow Creek on ',
            '"Tonight they told this city the wait is over."',
            'She said her first act as mayor would be to freeze residential water rates for t',
            '"I\'ll help Lydia in any way I can to make sure the handover is smooth."',
        ],
        "Ortega-Whitcombe wins Sallow Creek mayor's race, ending incumbent's 12-year run",
    ),
    'storm_how_to_help': (
        [
            'HOW TO HELP',
            'Delphine Relief Fund',
            'Text DELPHINE to 90999',
            'call (251) 555-0182 to volunteer',
            'Second Harvest of the Shoals',
            'Scammers often target disaster donors',
            'Give only to organizations you know',
            'Power outage map',
        ],
        [
            'Residents of this coastal city woke Thursday to flooded streets, downed power li',
            '"I\'ve lived here 31 years and I have never seen the water come up Harbor Row lik',
            'Fennimore said the county would open three shelters and two cooling centers by n',
            'The cooperative has promised to restore power to 90% of customers by Sunday nigh',
        ],
        'Hurricane Delphine leaves 60,000 without power as Port Avena begins cleanup',
    ),
    'celebrity_affiliate_widgets': (
        [
            'we may earn a commission',
            'View this post on Instagram',
            'A post shared by',
            '@junipervale',
            "this isn't goodbye",
            '47.2K likes',
            'View all 3,108 comments',
            'Add a comment',
        ],
        [
            'The singer-songwriter announced Wednesday that she is canceling the final 14 dat',
            '"My voice is the thing I love most in the world and I need to protect it."',
            'Her record label, Arbor Records, said all ticket holders would receive full refu',
            'Vale also promised to play a free outdoor concert in her hometown of Millrace, V',
        ],
        "Juniper Vale Cancels Remaining 'Saltglass' Tour Dates, Promises Refunds and a Free Hometown Show",
    ),
    'health_medical_review': (
        [
            'Medically reviewed by',
            'Fact checked by',
            'Key Takeaways',
            'Parents should stop using the product and talk to a pediatrician',
            'What This Means For You',
            'Was this page helpful?',
            'uses only high-quality sources',
            'Read our editorial process',
        ],
        [
            'The national Consumer Health Products Authority on Monday ordered the recall of ',
            "The product's label listed 3 milligrams of melatonin and 5 milligrams of doxylam",
            'Beaconfield Naturals, the company that makes DozeWell Nightcaps, said it had sto',
            'The company also pledged to pay for independent testing of every batch of its su',
        ],
        'Regulator Pulls Popular Sleep Gummy After Reports of Dangerous Heart Rhythms in Teens',
    ),
    'club_press_conference': (
        [
            'Official Betting Partner',
            'BetHalo',
            'Official Kit Supplier',
            'enhanced odds',
            'BeGambleAware',
            'T&Cs apply',
            'Rovers v Halbury Athletic',
            'Adults from £28',
        ],
        [
            'Keston Rovers head coach Bruno Marchetti has confirmed that captain Daniel Okonj',
            '"Losing Daniel is a blow, of course, because he is our captain and our voice on ',
            'Marchetti also promised that the club would donate £5 for every away ticket sold',
            '"Derbies are never about form," Whitlow said.',
        ],
        'Marchetti confirms Okonjo will miss derby but vows Rovers will "attack from the first whistle"',
    ),
    # Round twenty-eight: eight more by a helper, written blind (a related-coverage block with its deks, a web pull
    # quote between ad breaks, an author box and a publisher's footer, a phone's reader mode, a match report's facts
    # box and ratings, a council recap with its agenda and video, a police appeal with a crime charity's box, a
    # transport line-status widget, a press release's rewrite with its boilerplate).
    'related_coverage_block': (
        [
            'Skip to main content',
            'Subscribe  |  Sign in',
            'Home > News > Environment',
            'Marisol Quenby, Environment Correspondent',
            'Published 6:42 a.m.',
            'Share on Facebook',
            'Gift this article',
            'A warning sign on the shore',
        ],
        [
            'Thessaly Water, which supplies about 340,000 homes from the reservoir, said drin',
            "Fenwright said the bloom covered roughly 80 per cent of the reservoir's 410 hect",
            'The closure hits the Brackwater Sailing Club hardest.',
            'The company said it would also spend £2.4 million over the next three years on f',
        ],
        'Brackwater reservoir to stay closed all summer after algae bloom, utility says',
    ),
    'web_pull_quote_ads': (
        [
            'Subscribe: $1 for 6 months',
            'Listen to this article',
            'Photo by Corinne Haverlock',
            'Advertisement - Scroll to Continue',
            'RELATED STORIES',
            'Rural ER wait times doubled',
            'covers health care for The Cascadia Ledger',
            'Take Us With You',
        ],
        [
            'Hospital administrators announced the closure at a staff meeting on Tuesday morn',
            'The nearest hospital that delivers babies is Harlow Bay Medical Center, 48 miles',
            'She also said St. Almeric had promised to fund ambulance transfers for any patie',
            'State Rep. Marguerite Solano, whose district includes Ridgefield, said she would',
        ],
        "Ridgefield's only maternity ward will close in March, hospital says",
    ),
    'author_box_footer': (
        [
            'Northgate Tech Review',
            'Senior Policy Reporter',
            '14:20 UTC',
            'About the author',
            'senior policy reporter',
            'She covers privacy, competition',
            'Before joining the Review in 2019',
            'Ashbourne Evening Star',
        ],
        [
            'The regulator found that Parcelo stored GPS trails for about 90,000 riders, incl',
            'Parcelo said it accepted the findings and would not appeal.',
            'The fine is the largest the office has issued against a gig-economy platform.',
            'Its general secretary, Tobiah Mwangi, said the union would ask the company to pa',
        ],
        "Delivery app Parcelo fined £18m over riders' location data",
    ),
    'phone_reader_mode': (
        [
            'harbourlight-news.example',
            'Reader mode',
            '4 min read',
            'Harbourlight News',
            'Rowena Fairbairn',
            'Buyers at the Kessock Quay market on Friday morning.',
            'Photograph: Callum Strathie',
            'Source: https://',
        ],
        [
            'The fish market at Kessock Quay, which has auctioned the catch of the Ardnish fl',
            'The trust said it would keep the ice plant and fuel berth at Kessock Quay open f',
            'Donald Achterneish, who has fished out of Kessock for 31 years, said the extra s',
            "The market's six staff, including its auctioneer of 22 years, have been offered ",
        ],
        'Kessock Quay fish market to close after 140 years as catches dwindle',
    ),
    'match_facts_ratings': (
        [
            'LIVE SCORES',
            'Gareth Pennock, Football Writer',
            'Image: Haydn Brooke',
            'MATCH FACTS',
            'Pryce; Ferrand, Mabbutt',
            'Subs not used',
            'Scorers: Dunmoor',
            'Booked: Mabbutt',
        ],
        [
            "Femi Okonjo's header four minutes from time gave ten-man Dunmoor Athletic a vict",
            'The win lifts Athletic to eighth, three points behind Hexley Town in the last pl',
            'Ashgrove said the club would write to the league to ask for an explanation of th',
            'Chairman Neville Ostrander said the club had sold more than 1,900 season tickets',
        ],
        "Dunmoor Athletic 2-1 Castlerigg Rovers: Okonjo's late header keeps promotion hopes alive",
    ),
    'council_agenda_video': (
        [
            'Your town. Your news.',
            'Police & Fire',
            'Posted by Bettina Szalai',
            'Share this:',
            'Become a member today',
            'Watch the full meeting',
            'Millbrook Town Council Regular Meeting – February 4, 2025',
            '2:51:06',
        ],
        [
            'Council members voted 4-3 to continue the hearing to March 4, asking the develop',
            'Of the 58 people who spoke, 49 urged the council to reject the project or reduce',
            'Iturbide said Greyhaven would pay for a traffic signal at Orchard Lane and Route',
            'Town engineer Lina Voskuijlen said her office would review the new traffic study',
        ],
        'Millbrook council delays vote on Orchard Lane housing after three-hour hearing',
    ),
    'crime_appeal_crimestoppers': (
        [
            'Home / News / Crime',
            'Crime Reporter',
            '22 MAY 2025',
            'Pictured:',
            'Image: Brennock Police',
            'who was jailed for seven years and four months (',
            'CRIMESTOPPERS',
            'Know something about a crime?',
        ],
        [
            'Two men who stole watches and jewellery worth £1.2 million in a sledgehammer rai',
            'Both men admitted conspiracy to commit robbery.',
            'A third man, who police believe drove a second getaway vehicle, has not been ide',
            'Police are asking anyone with information to call 101 quoting reference 47/11820',
        ],
        'Two men jailed for 14 years after £1.2m jewellery raid on Fairgate Street',
    ),
    'line_status_widget': (
        [
            'Sign in  |  Register',
            'Kit Sandoval, Transport Reporter',
            'Comments (58)',
            'Line status',
            'Updated 12:30',
            'Good service',
            'Minor delays',
            'Part closure',
        ],
        [
            'The closure, from July 19 to August 31, will affect about 48,000 passengers a da',
            'It has also promised to refund any season ticket holder who applies for the six ',
            'Marcus Oyeleye, chair of Calderport Rail Users, said buses had taken up to an ho',
            'Council leader Benedikt Farrow said the council would also suspend roadworks on ',
        ],
        'Riverside Line to close for six weeks this summer for signalling upgrade',
    ),
    'release_rewrite_boilerplate': (
        [
            'Reporter, Midlands Business Journal',
            'Listen to this article 4 min',
            'Save Article',
            "A rendering of Verandal Robotics' planned assembly plant",
            'About Verandal Robotics',
            'is a leading provider of autonomous mobile robots',
            'has deployed more than 14,000 robots',
            'award-winning Strider platform',
        ],
        [
            'The Ohrbach-based maker of autonomous warehouse robots said the 410,000-square-f',
            'Halvorsen said Verandal would also pay to clean up contamination left on the Hal',
            'The credits are paid out only if Verandal meets its hiring and investment target',
            'The company reported revenue of $412 million last year, up 38 percent, as retail',
        ],
        'Verandal Robotics picks Cressford for $240 million plant, promising 600 jobs',
    ),
    # Round twenty-nine: nine more by a helper, written blind (a US chain paper, a UK regional in a large group, a
    # Canadian chain paper, an Australian paywalled teaser, an Irish reader-funded site, a South Asian portal, a
    # politics site with a sponsor's message, a tech site, a wire story on a TV station's site, a financial site).
    'us_chain_paper_water': (
        [
            'Subscribe now',
            'Skip to main content',
            'eNewspaper',
            'Listen to this article',
            'Gift this article',
            'Share on Facebook',
            'Show Caption',
            'Hide Caption',
        ],
        [
            'The project will replace three filtration tanks installed in 1968, add a new che',
            "A state inspection in March found that one of the plant's filters had been bypas",
            'Radovich said the city would hold water rates flat for residential customers thr',
            'Hannah Okafor, who has lived in Kestrel Park for 14 years, said she had been buy',
        ],
        'Millbrook Falls council approves $14.2 million water plant overhaul after months of debate',
    ),
    'uk_group_regional_quarry': (
        [
            'We value your privacy',
            'Manage options',
            'Bookmark',
            'Local Democracy Reporting Service',
            '(Image: Google Maps)',
            'Get the latest news straight to your inbox',
            'Sign up to the free Tollbridge Live newsletter',
            'We use your sign-up to provide content',
        ],
        [
            'Developer Farrowgate Homes wants to build a mix of two, three and four-bedroom h',
            'Objectors raised concerns about traffic on Wrenfield Road, which they say is alr',
            'Farrowgate Homes has promised to contribute £1.2 million towards widening Wrenfi',
            'The company said work on the first phase, covering 90 homes, could begin as earl',
        ],
        'Controversial 240-home plan for former Ashcombe quarry approved despite 600 objections',
    ),
    'canada_chain_article_content': (
        [
            'Article content',
            'Advertisement 2',
            'This advertisement has not loaded yet',
            'Author of the article',
            'minute read',
            'Photo by Grant Ostrowski',
            'Subscribe now to read the latest news',
            'Unlimited online access',
        ],
        [
            'Northland Health said it had been unable to fill 11 of the 14 overnight physicia',
            'Patients who need emergency care overnight will be directed to the hospital in C',
            'She said Northland Health had also promised to recruit six permanent physicians ',
            'It is the third time this year the Red Willow emergency department has reduced i',
        ],
        'Red Willow ER to close overnight for six weeks as doctor shortage deepens',
    ),
    'au_paywall_teaser': (
        [
            'Weather Brindle Bay 23°',
            '3 min read',
            'Listen to this article',
            'Font size',
            'on the eroded foreshore. Picture',
            'Shelby Nguyen',
            'as a preferred source on Google',
            'Subscribe to unlock this article',
        ],
        [
            "The only road into Brindle Bay's main beach will close for at least five months ",
            'The project was approved after storms in 2022 and 2024 stripped metres of dune f',
            'The council has promised to run a free shuttle bus every 20 minutes from the Bri',
            'Cr Vossberg said the council would also keep a pedestrian path open along the no',
        ],
        'Brindle Bay beach road to close for five months as $38m seawall project begins',
    ),
    'irish_reader_funded': (
        [
            'Dublin: 14°C',
            'Image: Shutterstock',
            'Aisling Moran',
            '11.3k',
            'Short URL',
            'Readers like you are keeping these stories free',
            'helps keep paywalls away',
            'Over 5,000 readers like you',
        ],
        [
            'Councillors voted unanimously at their monthly meeting yesterday to ring-fence €',
            'There are now 612 households on the housing waiting list in the Ballinvore munic',
            'The council said it would write to the owners of every property identified in th',
            'Director of services for housing Conor Bracken said the first purchases could be',
        ],
        'Council to buy 45 vacant homes in Ballinvore as waiting list hits record high',
    ),
    'south_asia_portal_advt': (
        [
            'Web Stories',
            'Home / Cities / Suryanagar News',
            'Written By:',
            'Edited By:',
            'Updated: Oct 14, 2025',
            'Follow us on Google News',
            'Representative image',
            'Amit Saluja',
        ],
        [
            'Municipal Commissioner Anjali Deshmane said vendors, shopkeepers and street food',
            'The corporation has promised to distribute two lakh cloth bags free of cost at i',
            'According to civic officials, the city generates around 1,100 tonnes of solid wa',
            'The decision has, however, drawn criticism from traders, who say they were not c',
        ],
        'Suryanagar civic body bans single-use plastic in all markets from November 1, traders seek more time',
    ),
    'politics_sponsor_message': (
        [
            'Morning Docket',
            'Presented by Arvanta Energy',
            'Your daily briefing on what is moving',
            'Ledger Pro',
            'Harlan Mbeki',
            'speaks to reporters outside a committee hearing',
            'Link Copied',
            '10/14/2025 05:00 AM EDT',
        ],
        [
            'The Commerce Committee voted 19-9 to send the bill to the full Senate, with five',
            'Under the compromise, no more than 20 percent of the funding can go to satellite',
            'Ashworth said she would push for a floor vote before the Thanksgiving recess and',
            'The top Republican on the committee, Sen. Dale Whitmer, voted for the bill and s',
        ],
        'Senate panel advances $9 billion rural broadband bill after late-night deal on subsidies',
    ),
    'tech_site_most_popular': (
        [
            '187 Comments',
            'If you buy something from a Circuitry link',
            'may earn a commission',
            'See our ethics statement',
            'Image: Circuitry',
            'is a senior reporter covering',
            'the gadgets that quietly spy on you',
            'writing about consumer tech for a decade',
        ],
        [
            'After that date, Nestwell thermostats will still be able to heat and cool a home',
            'The company, which raised about $86 million from investors since 2017, laid off ',
            'Nestwell said it would give full refunds to anyone who bought its third-generati',
            'Owners of older models will get a discount code for a competing product from Har',
        ],
        'Nestwell is shutting down its cloud, and its smart thermostats will stop working in January',
    ),
    'wire_on_tv_station': (
        [
            'Good Morning Plains',
            'Closings & Delays',
            'Partly Cloudy',
            'High 71° Low 49°',
            'Wind NW 12 mph',
            'Full Forecast',
            'By ROSALIND TERHUNE',
            'Published: Oct. 14, 2025',
        ],
        [
            'Eleven people were taken to hospitals with breathing problems, including two pla',
            'Residents were sent to a shelter set up at the Calder County Fairgrounds, where ',
            'The company said it would pay for hotel rooms for any evacuated families who cou',
            'Theresa Bullard, who lives three blocks from the plant, said she woke up to a fi',
        ],
        'Hundreds evacuated after ammonia leak at Kansas fertilizer plant',
    ),
    'finance_site_key_points': (
        [
            'Skip Navigation',
            'Search quotes, news & videos',
            'DOW FUT',
            '42,118.00',
            'Devon Achterberg',
            'Share Article via',
            'KEY POINTS',
            'In this article',
        ],
        [
            'The company now expects full-year revenue of $3.1 billion to $3.2 billion, down ',
            'Ondrejka said the company would return to profitability on an adjusted basis by ',
            'The company expects to record restructuring charges of $180 million to $210 mill',
            "Halmera's board also authorized a share repurchase program of up to $500 million",
        ],
        'Halmera Robotics shares sink 12% after company cuts 1,400 jobs and slashes full-year forecast',
    ),
    # Round thirty: ten more by a helper, written blind (a weather site, a gossip site, a business journal's preview,
    # a European broadcaster's English service, a South American English service, a public
    # radio member station, an agricultural trade site, a city government's news page, a student paper).
    'weather_site_levee': (
        [
            'Search City or Zip Code',
            'Today Hourly 10 Day Radar',
            'Advertisement',
            'Dana Whitcombe',
            'Published March 3, 2025',
            'Share on Facebook',
            'Copy Link',
            'Photo: Luis Ortegon',
        ],
        [
            'It was the third major flood in Valmont in five years, and the deepest since rec',
            'Castellane said the city would apply for federal hazard mitigation grants to cov',
            'Climate scientists say his question is a fair one.',
            'He said the department would publish the full engineering study by June 30.',
        ],
        'Valmont Approves $42 Million Levee Overhaul After Third Flood in Five Years',
    ),
    'gossip_site_exclusive': (
        [
            'TRENDING: Met Ball',
            'EXCLUSIVE',
            'Bree Tannenhaus',
            'Published 11:14 AM ET',
            'Comments (482)',
            'Jonah Pietrasz',
            'ADVERTISEMENT',
            'THE BREAKING POINT',
        ],
        [
            'The couple, who met on the set of the 2019 musical drama Harbor Lights, separate',
            "Ardent's publicist did not respond to a request for comment.",
            'The Glasshouse Tour opens March 17 in Lisbon and includes 22 dates across Europe',
            'Fans noticed days later that Marlowe had deleted several photos of Ardent from h',
        ],
        'Kessa Marlowe And Dex Ardent Split After Six Years, Singer Vows To Finish Tour',
    ),
    'business_journal_preview': (
        [
            'Subscriber-Only Article Preview',
            'For exclusive use of subscribers',
            'Lists & Leads',
            'Tessa Morrow',
            'Callum Vreeland',
            'Senior Reporter',
            'Listen to this article',
            'Order Reprints',
        ],
        [
            'The new jobs will carry an average annual salary of about $71,000, according to ',
            'Saltmarsh said the company has promised to fill at least 40% of the new position',
            'He said the county would claw back the fee waiver if the plant closes within ten',
            'Not everyone is convinced the incentives are a bargain.',
        ],
        'Torvane Robotics to build $180M plant in Carrow County, add 640 jobs',
    ),
    'euro_broadcaster_english': (
        [
            'Skip next section',
            'Skip to main menu',
            'Live TV  Topics',
            'Image: Piet Achterhuis',
            'Brennholm central station on Sunday evening',
            'Advertisement',
            "NWI's Top Stories",
            'Wildfire season starts early',
        ],
        [
            'Rail workers in Norvland will receive a 6.8% pay rise over two years under a dea',
            'Norvbahn has promised to hire 1,100 additional staff by the end of 2026 to reduc',
            'The company said it would also cap the number of consecutive night shifts at fou',
            'Business groups had estimated that a three-day national strike would cost the ec',
        ],
        'Norvland: Rail unions call off strike after pay deal',
    ),
    'south_american_service': (
        [
            'South Atlantic News Agency',
            'Falklands/Malvinas',
            'Monday, March 3rd 2025',
            'Pic Oscar Benítez',
            'Barges loaded with soybeans wait',
            'Tags:',
            'soy exports',
            'Top Stories',
        ],
        [
            'Public Works Minister Rodrigo Ayala Mendieta signed the contract in Asunción on ',
            'He added that tolls would not rise above current levels during the first three y',
            'She said her organization would ask the courts to suspend the works until a full',
            'The ministry said it would publish the full contract on its website within 30 da',
        ],
        'Paraguay awards Yacaré waterway dredging contract, vows to cut freight costs',
    ),
    'public_radio_member_station': (
        [
            'Play Live Radio',
            'Available On Air Stations',
            'Listen Live',
            'Published March 3, 2025',
            'Nolan Fairweather',
            'Listen • 4:12',
            'Show Transcript',
            'Nurse Darla Quintrell walks through',
        ],
        [
            'The closure means expectant mothers in Ashgrove and the surrounding four countie',
            'He said the hospital has struggled for two years to recruit a second obstetricia',
            'The hospital will also pay for lodging in Halvern for mothers in their final wee',
            'State data show that Kansas counties without a hospital offering obstetric care ',
        ],
        'Ashgrove hospital to close maternity ward, leaving expectant mothers an hour from care',
    ),
    'ag_trade_markets': (
        [
            'Corn $4.12',
            'Live Cattle',
            'Futures delayed 10 minutes',
            'GrainTick Data',
            'Home > Crops',
            'Sponsored by',
            'Ridgewell',
            'Hank Osterday',
        ],
        [
            'Groundbreaking is set for June, and the cooperatives expect the plant to begin c',
            'Henningsen said the cooperatives have promised to pay members a basis premium of',
            'Plainsmark board chair Everett Lunde, who farms 2,400 acres of corn and soybeans',
            "Henningsen said the cooperatives would reserve at least a quarter of the plant's",
        ],
        'Prairie co-ops team up on $390 million soybean crushing plant in Dunlow County',
    ),
    'city_government_news': (
        [
            'Create a Website Account',
            'Website Sign In',
            'How Do I...',
            'Home › News Flash',
            'News Flash',
            'Posted on: March 3, 2025',
            'Media Contact',
            'Tamsin Rourke',
        ],
        [
            'Property owners will pay nothing for the replacement of the portion of the line ',
            'The city said it would begin work in the Northside neighborhood in April, becaus',
            'Water Utility Director Dominic Szabo-Reyes said residents will receive a letter ',
            'However, city staff noted that there is no known safe level of lead exposure, pa',
        ],
        'City of Wrenfield to replace all lead water lines by 2030 under $58 million plan',
    ),
    'student_paper_opinion': (
        [
            'The independent student newspaper',
            'Arts & Culture  Opinion',
            'Tip us',
            'Open Navigation Menu',
            'Filed under',
            'Wen Talbridge',
            'Staff Photographer',
            'Students study on the third floor',
        ],
        [
            'The change will save an estimated $410,000 a year in staffing, security and util',
            'But students who rely on the overnight hours said the numbers miss who those stu',
            'SGA President Lena Kowalczyk-Ibe said the association would present a petition w',
            "They will not offer access to the library's printers or its reserve collection.",
        ],
        'Haddley to cut overnight hours at Prescott Library, citing $3.1 million budget gap',
    ),
    # Round thirty-one: four more by a helper, written blind (a UK broadsheet's 2025 page, an Australian regional site
    # with its local sponsors, a council's press release, a trade union's news post, a Nigerian daily).
    'uk_broadsheet_2025_ferry': (
        [
            'Skip to main content',
            'Fund independent journalism',
            'This article is more than 2 months old',
            'Scotland correspondent',
            'Last modified on',
            'Photograph: Fergus Lamont',
            'The vessel has been out of service since January',
            'Sign up to This is Scotland',
        ],
        [
            'Harrowmere Shipping, which holds the contract for the route from Port Aulde, sai',
            '“We are a community of 900 people and this boat is our road, our ambulance and o',
            'He said Harrowmere would refund all season tickets for the months affected and h',
            'The Glenrothy is 34 years old, and a report by the ferry regulator last year war',
        ],
        'Islanders’ ferry lifeline to be cut to three sailings a week, operator confirms',
    ),
    'aus_regional_supported_by': (
        [
            "Today's Paper",
            'first published 2:15pm',
            'Picture by Bronte Keane',
            'baby Ollie',
            'Supported by',
            'Hollis & Sons Funerals',
            'Yarrowee Community Bank',
            'Get the latest Yarrowee news',
        ],
        [
            'Mothers in Marrabool will have to travel to Yarrowee Base Hospital to give birth',
            'The district has promised to pay for accommodation in Yarrowee for women from 37',
            'About 140 babies were born at Marrabool Hospital last year.',
            'Marrabool Shire mayor Col Pettigrew said the council had not been consulted and ',
        ],
        'Marrabool mothers face 90-minute drive as birthing unit pauses services',
    ),
    'council_press_release_pool': (
        [
            'We use some essential cookies',
            'Accept additional cookies',
            'Skip to main content',
            'Bins and recycling',
            'Press releases',
            'Published: 5 March 2025',
            'Communications team',
            'Share this page',
        ],
        [
            'Thornleigh Leisure Centre’s swimming pool will reopen to the public on 1 Septemb',
            'The pool has been closed since October 2024, when engineers found corrosion in t',
            'The council has promised that all swimming lessons and club bookings cancelled d',
            'Work will be carried out by Fenwright Construction and is due to start on 24 Mar',
        ],
        'Thornleigh Leisure Centre pool to reopen in September after £3.2 million repair',
    ),
    'union_news_warehouse': (
        [
            "Members' area",
            'Find your rep',
            'Stronger together since 1921',
            'Your rights at work',
            'Home › News',
            'Share on Facebook',
            'Tweet',
            'Print this page',
        ],
        [
            'Warehouse workers at Corlander Logistics’ Brenhill distribution centre have won ',
            'The deal raises the basic hourly rate from £11.80 to £12.92 from 1 April and dou',
            'Regional organiser Joanne Prewett said the result showed what workers could achi',
            'A spokesperson said the company would review staffing levels on the night shift ',
        ],
        'Brenhill warehouse workers win 9.5% pay rise after strike threat',
    ),
    'nigerian_daily_market': (
        [
            'Senate confirms new service chiefs',
            'Naira firms at parallel market',
            'Eagles land in Kigali',
            "Nigeria's Trusted Daily",
            'Gutted shops at Ikpeze market',
            'Photo: Beacon',
            'Fire guts Uruka timber market',
            'In "Metro"',
        ],
        [
            'The Oruwa State Government has promised to release N2.5bn to rebuild the Ikpeze ',
            'No life was lost, but traders said goods worth several billions of naira were co',
            'Obiakor also said the state would set up a committee to investigate the cause of',
            'He appealed to banks and microfinance institutions to grant the traders a morato',
        ],
        'Oruwa govt promises N2.5bn to rebuild razed Ikpeze market, traders count losses',
    ),
    # The seventeenth and eighteenth page attacks' pages (outlets renamed): a summary box under 'Generated by AI', a
    # radio transcript's labels and its caption over 'hide caption', a business daily's glued links and placed
    # authors, a tech site's logo text over a headline and its standfirst, a weekly's rubric over a two-part
    # headline asking a question, a portal's cookie banner, a metro daily's 'This was published' note and a caption
    # with its glued credit.
    'straits_ai_summary': (
        [
            'Hawkers at Bukit Serindit Food Centre will be among the first to test the new system from May.',
            'Bukit Serindit Food Centre to trial robotic tray collection from May.',
            'All 46 stalls will go cashless, with help for older hawkers.',
            'Trial will run for one year before wider roll-out is considered.',
            "Join SH's WhatsApp Channel and get the latest news and must-reads.",
        ],
        [
            'Diners at a hawker centre in Bukit Serindit will soon have their trays cleared b',
            'From May, six autonomous robots will patrol the 46-stall Bukit Serindit Food Cen',
            'The food centre will also become one of the first in the area to go fully cashle',
            'Speaking at a community event at the centre, Mr Raveendran said the changes were',
        ],
        'Hawker centre in Bukit Serindit to trial tray-return robots, cashless-only payments',
    ),
    'radio_transcript': (
        [
            'Carver Springs Regional Hospital will stop offering emergency care on March 31.',
            'Keyboard shortcuts for audio player',
            'Visit our website terms of use and permissions pages at www.npa.org for further information.',
            'NPA transcripts are created on a rush deadline by an NPA contractor.',
            'This text may not be in its final form and may be updated or revised in the future.',
        ],
        [
            'The only emergency room in Carver Springs, Kansas, is closing at the end of the ',
            'On a Tuesday night, the emergency room at Carver Springs Regional Hospital is qu',
            "I've delivered babies in the parking lot. I've held people's hands while they wa",
            "The hospital's owner, a nonprofit called Prairie Crest Health, announced last mo",
        ],
        'A small-town Kansas hospital closes its ER, and neighbors brace for longer drives',
    ),
    'business_daily_glued_menu': (
        [
            'Accessibility helpSkip to navigationSkip to contentSkip to footer',
            'HomeWorldUSCompaniesTechMarketsClimateOpinionWork & CareersLife & ArtsHTSI',
            'Editor of the KT, selects her favourite stories in this weekly newsletter.',
            'Tom Hadley in Johannesburg and Priya Nair in London',
            'Platinum miners: the long wait for a hydrogen dividend',
        ],
        [
            'Vellmar, the Swiss-listed commodities group, has agreed to buy South African min',
            'The offer of 412 rand a share represents a premium of 31 per cent to Karoo’s clo',
            'The deal will create the world’s third-largest producer of platinum group metals',
            'Vellmar chief executive Stefan Aebischer said the company was buying “at the bot',
        ],
        'Karoo Platinum agrees $6.8bn takeover by Vellmar in biggest mining deal of the year',
    ),
    'tech_site_logo_standfirst': (
        [
            'If you buy something from a Kelby Wire link, Kelby Media may earn a commission.',
            'The Halden Fjell 2 ships in three colors, and the back panel comes off with four screws.',
            'Kobo’s new color e-readers are here, and they’re repairable, too',
            'Dana Whitcombe is a senior reviewer covering e-readers, tablets, and the occasional smart notebook.',
            'She previously wrote for a library trade magazine.',
        ],
        [
            'Halden, the small Oslo-based company best known for its minimalist paper-like ta',
            'The device has a 7.8-inch color E Ink screen, a front light that can be warmed t',
            'The more interesting part is what happens when something breaks. The Fjell 2’s b',
            '“We wanted an e-reader you keep for ten years, not three,” Halden co-founder and',
        ],
        'Halden’s new e-reader has a color screen, a real stylus, and a battery that lasts six weeks',
    ),
    'weekly_rubric_question': (
        [
            'Enjoy more audio and podcasts on iOS or Android.',
            'Your browser does not support the <audio> element.',
            'Save time by listening to our audio articles as you multitask',
            'This article appeared in the Finance & economics section of the print edition',
            'Discover stories from this section and more in the list of contents',
        ],
        [
            'On a wet morning in Aveiro, a port town south of Porto, a kiln the size of a rai',
            'Portugal’s ceramic-tile industry has had a remarkable few years. Exports reached',
            'Three things explain the boom. The first is a shift in taste. Architects in Amer',
            'The second is energy. Firing tiles uses a great deal of gas, and the price spike',
        ],
        'Portugal’s tile-makers are booming. Can it last?',
    ),
    'cookie_banner_portal': (
        [
            'We use cookies to ensure you get the best experience on our websites.',
            'By: Maricel Dumalagan - Correspondent / @MDumalaganINQ',
            'Philippine Daily Courier / 05:12 AM March 12, 2025',
            'A resident looks at a crack in the slope above Barangay Malinao in Dulangan town',
            'READ: Leyte landslide survivors still waiting for relocation sites 18 years later',
        ],
        [
            'Authorities in Southern Leyte have ordered the evacuation of about 500 families ',
            'The Dulangan municipal government placed Barangay Malinao under a state of calam',
            'Mayor Reynaldo Catubig said 312 families had already moved to the municipal gymn',
            '“We will not wait for the mountain to come down. Everyone will leave, including ',
        ],
        '500 families told to leave mountain village as cracks widen in Southern Leyte',
    ),
    'metro_daily_published_note': (
        [
            'Updated March 12, 2025 — 7.08pm,first published at 5.30pm',
            'Log in, register or subscribe to save articles for later.',
            'Year 6 students at Kelsey Ridge Public School at pick-up on Wednesday.',
            'Start the day with a summary of the day’s most important and interesting stories',
            'Sydney’s south-west is growing faster than its schools. These charts show the gap',
        ],
        [
            'Parents in one of Sydney’s fastest-growing suburbs have been told their children',
            'Education Minister Carla Denholm confirmed on Wednesday that construction of Kel',
            'Denholm said the government would open a temporary campus of up to 24 demountabl',
            '“I understand the frustration of families who were given a date and then watched',
        ],
        '‘We were promised a school’: Kelsey Ridge parents told to wait until 2029',
    ),
}  # fmt: skip
# The staff and photographers named in round six's credits: never actors, not even minor ones.
_CREDITED = {
    "tv_credit": ("Rob Tillery",),
    "us_paywall": ("Derek Amsel",),
    "tabloid_cliff": ("Grant Pellow",),
    "wire_portal": ("Ferreyra", "Tavela", "Ingrid Solberg", "Paul Whitcombe", "Alison Brenner"),
    "irish_water": ("Declan Furlong",),
    "broadsheet_rail": ("Morwenna Tate",),
    "sports_report": ("Seb Kettering",),
    "chrome_mix": ("Bram Lyle", "Ada Novak", "Echo", "Getty", "AFP"),
}


_OPENING_BYLINE = re.compile(r"^By [A-Z][a-z]+ [A-Z][\w'’-]+(?:,|$| and | \|)")


def _shown(brief):
    shown = [s.text for s in brief.summary] + [c.text for c in brief.claims]
    return shown + [c.text for c in brief.commitments] + [q.text for q in brief.quotes] + [brief.headline]


@pytest.mark.parametrize("name", sorted(_KEPT))
def test_saved_pages_brief_without_furniture(name):
    raw = (SAVED / f"{name}.txt").read_text(encoding="utf-8")
    brief = make_brief(raw, name)
    for text in _shown(brief):
        for word in _FURNITURE_WORDS:
            assert word not in text, (word, text)
        assert not _OPENING_BYLINE.match(text), text
    body = clean(raw, name).text
    for sentence in _KEPT[name]:
        assert sentence in body
    assert not brief.headline.startswith(("By ", "Last updated", "PUBLISHED"))


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_more_saved_pages_brief_without_furniture(name):
    markers, kept, title = _PAGES[name]
    raw = (SAVED / f"{name}.txt").read_text(encoding="utf-8")
    brief = make_brief(raw, name)
    for text in _shown(brief):
        for word in _FURNITURE_WORDS:
            assert word not in text, (word, text)
        assert not _OPENING_BYLINE.match(text), text
    article = clean(raw, name)
    for word in markers:  # not in the brief, nor anywhere in the article's paragraphs
        assert word not in article.text and word not in brief.headline, word
    for sentence in kept:
        assert sentence in article.text
    assert article.title == title


def test_a_caption_glued_between_sentences_goes_with_its_bracketed_or_labelled_credit():
    line = (
        "Residents woke to the sound of rushing water. Crews pump water from a basement on Elm Street on Thursday. "
        "(KTVX / Jo Bloggs) Mary Hale, who has lived on the street for years, said the water rose fast."
    )
    assert strip_inline(line) == (
        "Residents woke to the sound of rushing water. Mary Hale, who has lived on the street for years, "
        "said the water rose fast."
    )
    line = (
        "Tankers are in place at two sites. A man fills containers from a tanker this morning "
        "(Pic: Jo Bloggs/Agency) The utility said it would deliver bottled water to older customers."
    )
    assert strip_inline(line) == (
        "Tankers are in place at two sites. The utility said it would deliver bottled water to older customers."
    )
    line = (
        "Campaigners gather outside the library on Monday (Image: Town Post/Agency Pictures) "
        "Council leader Ann Vey said the authority faced a hard budget."
    )
    assert not is_furniture(line)
    text = "Library faces closure in budget plan\n\nThe library could close next year.\n\n" + line
    assert clean(text, "t").paragraphs == (
        "The library could close next year.",
        "Council leader Ann Vey said the authority faced a hard budget.",
    )
    # A source in brackets inside a paragraph is no picture's credit.
    line = "Jobless numbers fell. Unemployment rose to 5% in March (Source: ONS) The figures show a rise."
    assert strip_inline(line) == line


def test_a_caption_before_a_photo_by_credit_goes_and_the_sentences_around_it_stay():
    for credit in ("Staff photo by", "File photo by", "Photo by"):
        line = (
            "Jo Roe, 74, said she had used the clinic for years. Jo Roe speaks at the board meeting on Tuesday. "
            f'{credit} Ada Novak "You are asking too much of sick people," she said.'
        )
        assert strip_inline(line) == (
            'Jo Roe, 74, said she had used the clinic for years. "You are asking too much of sick people," she said.'
        )
    line = "Pupils at the school on Monday. Photo by Lars Berg The head teacher said the roof would be fixed."
    assert strip_inline(line) == "The head teacher said the roof would be fixed."
    assert strip_inline("He won a prize for a photo by the river.") == "He won a prize for a photo by the river."


def test_a_labelled_caption_and_its_credit_before_a_sentence_go_and_the_sentence_stays():
    line = (
        "Shaken: Ann Vey, 58, with her dog near the site yesterday. Picture: Jo Bloggs/SWNS "
        "Ann Vey, 58, was out walking near Pellick when she heard a crack behind her."
    )
    assert not is_furniture(line)
    assert strip_inline(line) == "Ann Vey, 58, was out walking near Pellick when she heard a crack behind her."


def test_a_caption_ending_a_line_in_its_credit_goes_and_the_story_sentence_before_it_stays():
    line = (
        "Footage shared online shows rocks tumbling onto the beach below. "
        "Drone footage captures the moment the cliff gave way. Credit: @tamcoast/TikTok"
    )
    assert not is_furniture(line)
    assert strip_inline(line) == "Footage shared online shows rocks tumbling onto the beach below."
    line = "The road was shut for hours after the crash near the old quarry. A lorry on its side. (Jo Bloggs/Reuters)"
    assert strip_inline(line) == "The road was shut for hours after the crash near the old quarry."
    # An abbreviation's full stop ends no sentence: the caption is the line.
    assert is_furniture(
        "A sign on the door of a shop in Tarwick tells customers it will close on Jan. 15. (Jo Bloggs/Agency)"
    )
    # A caption of two sentences opens with a short phrase: all of it goes.
    assert is_furniture("A sewer outfall on the River Tam. Campaigners say spills rose. Photograph: Jo Bloggs/Example")


_STAFF = (
    "(Reporting by Ana Ruiz in Villa Serra and Tom Lee in Porto Alto; Additional reporting by Jo Roe in Oslo; "
    "Editing by Ann Vey and Lars Berg)"
)


@pytest.mark.parametrize(
    "line",
    [
        _STAFF,
        _STAFF[1:-1],
        "Writing by Ana Ruiz; Editing by Tom Lee and Jo Roe",
        "Compiled by Ana Ruiz",
        "Reporting by Ana Ruiz and Tom Lee; Writing by Jo Roe; Editing by Lars Berg",
        "Ana Ruiz in Lima and Tom Lee in Quito contributed reporting.",
    ],
)
def test_a_wire_staff_credit_line_is_furniture(line):
    assert is_furniture(line)


def test_a_staff_credit_glued_to_a_paragraph_goes_and_its_names_are_no_actors():
    assert strip_inline("The port reopened on Friday. " + _STAFF) == "The port reopened on Friday."
    assert strip_inline("The port reopened on Friday. Ana Ruiz contributed reporting from Lima.") == (
        "The port reopened on Friday."
    )
    line = "The port reopened on Friday. Reporting by the inspectors found the cranes were unsafe."
    assert strip_inline(line) == line
    text = (
        "Dockers strike at Villa Serra port\n\nDockworkers at Villa Serra walked out on Monday, the port said.\n\n"
        "Union chief Rui Pardo said members would stay out until pay rose.\n\n" + _STAFF
    )
    brief = make_brief(text, "t")
    names = {a.name for a in brief.actors + brief.minor_actors}
    for staff in ("Ana Ruiz", "Tom Lee", "Jo Roe", "Ann Vey", "Lars Berg"):
        assert staff not in names


def test_photographers_named_in_credits_are_no_actors():
    text = (
        "Flood forces families from homes on Elm Street\n\n"
        "A water main burst under Elm Street on Thursday, flooding 30 homes, officials said.\n\n"
        "Residents woke to the sound of rushing water. Crews pump water from a basement on Elm Street on Thursday. "
        "(KTVX / Rob Danner) Mary Hale, who has lived on the street for years, said the water rose fast.\n\n"
        "Mayor Ian Cobb said the city would pay for hotel rooms. Ian Cobb speaks at City Hall on Thursday. "
        'Staff photo by Derek Vane "Nobody should pay for our pipes," Cobb said.\n\n'
        "Tankers are in place at two sites. A man fills containers from a tanker this morning "
        "(Pic: Declan Moss/Agency) The utility said it would deliver bottled water to older customers."
    )
    brief = make_brief(text, "t")
    names = {a.name for a in brief.actors + brief.minor_actors}
    assert "Mary Hale" in names and "Ian Cobb" in names
    for photographer in ("Rob Danner", "Derek Vane", "Declan Moss"):
        assert not any(photographer in name for name in names), names


@pytest.mark.parametrize("name", sorted(_CREDITED))
def test_the_names_in_a_pages_credits_are_no_actors(name):
    brief = make_brief((SAVED / f"{name}.txt").read_text(encoding="utf-8"), name)
    names = " | ".join(a.name for a in brief.actors + brief.minor_actors)
    for credited in _CREDITED[name]:
        assert credited not in names, (credited, names)


def test_a_live_hosts_words_to_the_reader_and_a_subscribe_label_are_furniture():
    line = "Handing over now to my colleague Ada Novak, who will take you through the evening. Thanks for reading."
    assert is_furniture(line)
    assert is_furniture("Welcome to our coverage of the Tarwick by-election, where polls close at 10pm.")
    assert strip_inline("Ferries are cancelled until Friday. Stay with us for the latest.") == (
        "Ferries are cancelled until Friday."
    )
    line = "Readers, if you are safe to do so, you can share your photos and videos with us using the form below."
    assert is_furniture(line)
    assert is_furniture("SUBSCRIBE: Get a year of the Quarterly in print and online for £1 a week.")
    # Words from the same stock inside a story's sentence stay.
    line = "The council said it was handing over the site to a housing trust."
    assert strip_inline(line) == line
    line = '"Stay with us for one more season," the manager told the striker.'
    assert strip_inline(line) == line
    text = "Storm live: ferries cancelled\n\nFerries are cancelled until Friday, the operator said.\n\n" + (
        "Handing over now to my colleague Ada Novak, who will take you through the evening."
    )
    brief = make_brief(text, "t")
    assert "Ada Novak" not in {a.name for a in brief.actors + brief.minor_actors}


def test_a_market_pages_notices_a_desk_editors_bio_and_a_comment_and_tip_prompt_are_furniture():
    assert is_furniture("Data delayed by at least 15 minutes. Terms apply.")
    line = "This article is for information only and does not constitute investment advice."
    assert is_furniture(line + " Past performance is not a guide to future returns.")
    assert is_furniture("Join the debate: log in or register to comment. 41 comments.")
    assert is_furniture("Have you got a story for us? Send it to desk@tarwickpost.example")
    assert author_bio("Ada Novak is Markets Editor. She previously covered banks for 10 years at Cityline.")
    assert furniture.full_bio("Ada Novak is Markets Editor. She previously covered banks for 10 years at Cityline.")
    assert furniture.full_bio(
        "Ada Novak joined the WTVX 4 news team in 2022 after reporting in Tulsa. Follow her on X @adanovak."
    )
    assert furniture.bio_of("Ada Novak covers Tarwick County government and schools.", "Ada Novak")
    # In a story, the same words stay.
    assert not is_furniture("Shares fell 4% after the trading data was delayed by a glitch, the exchange said.")
    assert not furniture.bio_of("Ada Novak covers Tarwick County government and schools.", "Jo Roe")
    assert not author_bio("Ada Novak is Chief Executive of the bank.")


def test_a_caption_signed_by_its_photographer_for_the_outlet_goes_quotes_and_all():
    text = (
        "The last ferryman of Osk\n\nAda Novak has rowed the crossing since 1990.\n\n"
        'Novak at the oars off Osk Point. "The river doesn\'t need me," she says. Tomas Vane for Harbour Magazine\n\n'
        "The council will replace the boat with a bridge next year."
    )
    assert clean(text, "t").paragraphs == (
        "Ada Novak has rowed the crossing since 1990.",
        "The council will replace the boat with a bridge next year.",
    )
    # A block quote's speaker with a title stays its attribution.
    text = 'Ferry title\n\nThe bridge opens in May.\n\n"We waited forty years for this." Ann Vey Councillor for Osk'
    article = clean(text, "t")
    assert article.attributions[-1] == "Ann Vey Councillor for Osk"


@pytest.mark.parametrize(
    "credit",
    [
        "(Photo: Ada Novak/Agency via Getty Images) ",
        "(Photo: Ada Novak/AFP) ",
        "(Ada Novak/Harbour Times) ",
        "Photo: Ada Novak/AFP ",
        "(Photo: Getty Images) ",
    ],
)
def test_a_credit_opening_a_paragraph_goes_and_its_sentences_stay(credit):
    story = "The mill at Tarnby will shut in March, its owners told staff on Monday. Forty jobs will go."
    text = f"Mill to close\n\n{credit}{story}\n\nThe union said it would ballot members."
    assert clean(text, "t").paragraphs[0] == story
    assert not is_furniture(credit + story)


def test_a_credit_on_the_line_above_its_caption_still_takes_the_caption():
    text = (
        "Mill to close\n\nThe mill will shut in March, its owners said on Monday.\n\n"
        "Photograph: Ada Novak/AP\nWorkers leave the Tarnby mill after the announcement.\n\n"
        "The union said it would ballot members."
    )
    assert clean(text, "t").paragraphs == (
        "The mill will shut in March, its owners said on Monday.",
        "The union said it would ballot members.",
    )


def test_a_menu_bar_spaced_out_is_no_headline():
    text = (
        "Tarnby Echo  Home  Sport  Opinion  Sign in\nLocal\n\nMill at Tarnby to close with loss of forty jobs\n\n"
        "The mill will shut in March, its owners said on Monday."
    )
    assert clean(text, "t").title == "Mill at Tarnby to close with loss of forty jobs"
    assert furniture.spaced_menu("Subscribe  Sign in")
    assert furniture.spaced_menu("≡  Echo 7 News  Watch Live  Weather")
    # A heading or a sentence with a double space is no menu.
    assert not furniture.spaced_menu("Mill to close  as orders fall")
    assert not furniture.spaced_menu("The mill shut.  Staff were told on Monday.  Forty jobs went.")


def test_a_caption_with_its_credit_after_a_slash_is_furniture():
    assert is_furniture("The new pool at Tarnby is due to open in June. Photo / Ada Novak")
    assert is_furniture("Photo / Ada Novak")
    # A sentence that mentions a photo stays.
    assert not is_furniture("The council shared a photo of the new pool on Monday.")


def test_a_caption_whose_credit_runs_into_the_next_sentence_goes():
    line = "Workers leave the Tarnby mill on Friday GettyUnion leader Ada Novak said members would ballot."
    assert strip_inline(line) == "Union leader Ada Novak said members would ballot."
    line = "The flooded car park at Osk on Sunday Photo: SuppliedTraders say they have lost a week of trade."
    assert strip_inline(line) == "Traders say they have lost a week of trade."
    line = "The agency said it had sent photographers to the Supplied Goods depot on Monday."
    assert strip_inline(line) == line


def test_a_caption_between_a_pictures_buttons_goes():
    text = (
        "Mill to close\n\nEnlarge this image\nA worker at the Tarnby mill checks a loom on Friday.\n"
        "Ada Novak for KTNB\nhide caption\ntoggle caption\nAda Novak for KTNB\n\n"
        "The mill will shut in March, its owners said on Monday."
    )
    assert clean(text, "t").paragraphs == ("The mill will shut in March, its owners said on Monday.",)


@pytest.mark.parametrize(
    "line",
    [
        "Cookies on tarnby.gov.example",
        "We use some essential cookies to make this site work.",
        "We'd also like to set analytics cookies to see how you use the site.",
        "Accept additional cookies Reject additional cookies View cookies",
        "Subscriber only content",
        "∙ Paid",
        "27",
        "Donate now",
        "Type your email...  Subscribe",
        "tarnby-echo.co.uk",
        "localhost/reader?url=https://www.tarnby-echo.co.uk/news/mill",
        "View Original",
        "4–6 minutes",
        "5 mins to read",
        "Duration 1:48 Staff at the Tarnby mill heard the news at a meeting on Monday.",
        "Ada Novak reports.",
    ],
)
def test_page_chrome_and_badges_are_furniture(line):
    assert is_furniture(line)


def test_words_of_page_chrome_inside_a_story_stay():
    for line in (
        "The bakery said it would use cookies from a local supplier.",
        "Ada Novak reports that the mill will close.",
        "The mill paid 27 workers a bonus in March.",
    ):
        assert not is_furniture(line), line


def test_a_header_stack_with_a_menu_and_a_consent_line_keeps_its_headline():
    text = (
        "TARNBY ROVERS  Tickets  Shop  Club\nWe use cookies to give you the best experience. Accept all  Manage\n"
        "Club News\nRovers agree new ground lease with the borough council\nSaturday 3 May 2025\n\n"
        "The club has signed a 20-year lease on its ground, the council said Friday."
    )
    article = clean(text, "t")
    assert article.title == "Rovers agree new ground lease with the borough council"
    assert article.paragraphs == ("The club has signed a 20-year lease on its ground, the council said Friday.",)


def test_a_meta_row_between_dots_or_bars_is_furniture():
    assert is_furniture("Ada Novak · Echo News · Posted: May 3, 2025 9:00 AM | Last Updated: 2 hours ago")
    assert is_furniture("Campus news · 3 May 2025 · 4 min read")
    # A headline with a section before a bar is no meta row.
    assert not furniture.meta_row("Analysis | Why the mill at Tarnby could not be saved by its buyers")


def test_a_poll_and_a_podcast_player_are_furniture():
    assert is_furniture("POLL: Should the mill be turned into flats?")
    assert is_furniture("▶ 21:07  The Echo Podcast  Ep. 40: Mills and money  Subscribe on Apple Podcasts · Spotify")
    assert not is_furniture("The poll: a third of voters said the mill should be turned into flats.")


@pytest.mark.parametrize(
    "line",
    [
        "BUY TICKETS: Tarnby Rovers v Osk Athletic, Saturday 4 May, 3pm. Tickets from £10. BUY NOW",
        "Book now: Tarnby Mills Conference, 9 June, Leeds. Early bird places close on 1 May.",
        "The new away kit is on sale now in the club store. SHOP NOW",
        "£10 could pay for a hot meal for two families. Donate today",
        "Be the first one to comment. Read Comments",
        "Join the conversation! Only members can comment. Subscribe now",
        "Was this page helpful? Yes  No",
        "Report a problem with this page",
        "Notes to editors",
        "For media enquiries, please contact the press office on 01632 960 000.",
        "Out of hours: 07700 900 000.",
        "Frequently asked questions",
        "412 Reposts 20 Quotes 2,004 Likes",
        "Over 3,000 subscribers.",
        "This post is for paid subscribers",
        "Already a paid subscriber? Sign in",
        "Upgrade to paid",
        "Discover more from The Tarnby Letter",
        "Like  Comment  Restack",
        "Local news in Osk is journalism co-funded by the Tarnby Trust.",
        "Registered with the Fundraising Regulator.",
        "If you have nowhere to sleep tonight, call our helpline on 0800 123 4567. We answer all night.",
        "Catch all the Local News and Latest Updates on The Tarnby Echo.",
        "Join the Echo's Telegram channel and get the latest news delivered to you.",
        "Don't miss out! Become a 2025/26 Member and save on every ticket.",
        "To keep debate civil, full names will appear with each submission to our forums.",
        "Disclaimer: The Echo welcomes debate. The views of our columnists are their own and do not necessarily "
        "represent the views of the Echo.",
        "Get the latest on the mills, delivered weekly. By subscribing, you agree to our Terms.",
        "Accuracy and availability may vary. The authoritative record of Echo Radio's programming is the audio record.",
        "The Tarnby Trust is a registered charity in England and Wales (1234567).",
    ],
)
def test_promos_prompts_and_notes_around_a_story_are_furniture(line):
    assert is_furniture(line)


def test_the_same_words_in_a_story_stay():
    for line in (
        "The comments do not necessarily represent the views of the government, the minister said.",
        "Food parcels are delivered weekly to 300 families in Osk.",
        "The Tarnby Trust, a registered charity, said it would appeal.",
        "She hopes to become a member of the county council next year.",
        'Ada Novak said: "If you are asked to pay twice, call our helpline first."',
    ):
        assert strip_inline(line) == line and not is_furniture(line), line


def test_a_box_of_questions_and_an_embedded_post_go():
    text = (
        "Shelter opens\n\nThe Tarnby shelter will open 30 beds in May, the trust said on Monday.\n\n"
        "Frequently asked questions\nWho can use the beds?\nAnyone aged 18 to 25.\nCan I help?\nYes. Apply online.\n\n"
        "Ada Novak @adanovak\nSo proud of the team that built this shelter!\n9:15 AM · May 3, 2025\n"
        "88 Reposts  4 Quotes  610 Likes\n\nThe council will pay for staff for the first year."
    )
    assert clean(text, "t").paragraphs == (
        "The Tarnby shelter will open 30 beds in May, the trust said on Monday.",
        "The council will pay for staff for the first year.",
    )


def test_story_lines_that_open_like_chrome_stay():
    for line in (
        "More than 2,000 members of staff will strike on Monday.",
        "If you have any information, call police on 0800 555 1111.",
        "Media enquiries into the affair went unanswered for a week.",
        "Cookies on the menu at the Tarnby fair",
    ):
        assert not is_furniture(line), line


def test_a_picture_credit_between_sentences_goes_and_the_sentence_before_it_stays():
    line = (
        'Parish clerk Wilma Ostrander said the footbridge would reopen by April. (Image: Agency) "We have waited '
        'long enough," she said.'
    )
    assert not is_furniture(line)
    assert strip_inline(line) == (
        "Parish clerk Wilma Ostrander said the footbridge would reopen by April. "
        '"We have waited long enough," she said.'
    )
    said = "Neighbour Osric Pell, 61, said the old bridge rotted in 2019."
    line = f"{said} Getty Images He has walked the long way since."
    assert not is_furniture(line)
    assert strip_inline(line) == f"{said} He has walked the long way since."
    line = (
        "Thornwick Parish Council voted 7-4 on Monday to close the ford to cars from March 3, with fines of up to "
        "£80 for drivers who ignore the signs. (Image: Valley Press/Agency)"
    )
    assert not is_furniture(line)
    assert strip_inline(line).endswith("ignore the signs.")
    text = f"Ford to close to cars\n\n{line}\n\nDrivers said they would object."
    assert clean(text, "t").paragraphs[0] == strip_inline(line)
    # A caption runs into its credit without a full stop, and a short caption may end in one: both still go.
    assert is_furniture("Wilma Ostrander on the footbridge (Image: Agency)")
    assert is_furniture("Walkers cross the ford at dusk. (Image: Valley Press)")


def test_a_caption_and_its_credit_opening_a_line_go_and_the_sentence_run_into_them_stays():
    for line in (
        "Mud fills the yard behind the Elm Road bakery. Courtesy Pia Lind",
        "Renters at 12 Quay St. sit by a gas heater. Ivo Marsh for the Harbour Post",
        "Councillor Ana Brill speaks at a rally in the square. | Ivo Marsh/COURIER",
        "Hexco chief Lia Dorn at the firm's depot in Tulsa. Hexco",
        # a credit touching the caption's full stop, or ending in a firm's abbreviation
        "Campers push a truck through the flooded field on Saturday.Courtesy Dale County Office of Emergency",
        "Workers box candy at the plant on Elm Avenue on Nov. 23.Courtesy Pell's Candy Co.",
    ):
        assert is_furniture(line), line
    assert strip_inline("A drawing of the planned Hexco depot. HexcoDorn said the firm would hire 300 people.") == (
        "Dorn said the firm would hire 300 people."
    )
    assert strip_inline(
        "Kay Odum owns six shops in Leeds, filings show.Ivo Marsh for the Harbour PostHer lawyer said she would appeal."
    ) == ("Her lawyer said she would appeal.")
    # A block quote's speaker, and a last word that is no name the caption gives, are no credit.
    assert not is_furniture("We need to go further. Mark Rutte Secretary General of NATO")
    assert not is_furniture("The board met on Monday. Board")
    assert not is_furniture("The shares were sold to Pell's Candy Co.")


def test_a_tagged_or_pictured_caption_run_into_the_next_sentence_goes():
    assert strip_inline(
        "Mr Dorn spent a month in hospital after the crash (stock image) His son said he was recovering."
    ) == ("His son said he was recovering.")
    assert (
        strip_inline(
            "Ida Penn, 79, pictured with her grandson at home in WexhamNurses did not check on her overnight, "
            "the court heard."
        )
        == "Nurses did not check on her overnight, the court heard."
    )


def test_page_notes_and_appeals_ending_in_their_button_are_furniture_however_long():
    assert is_furniture(
        "A version of this article appears in print on Jan. 4, 2027, Section B, Page 3 of the Lakeside edition "
        "with the headline: Ferry Row Divides Island."
    )
    assert is_furniture("Podcast player is not supported on your browser. Please use Firefox, Edge or Safari.")
    assert is_furniture("Please use Chrome, Edge or Safari.") or is_furniture("Please use Chrome browser.")
    assert is_furniture(
        "Millions of readers rely on the Harbour Ledger to report without fear. Every pound helps, and it only "
        "takes a minute. Support the Ledger"
    )
    assert is_furniture("We’d like you to join more than 800,000 readers who back our reporting.")
    assert is_furniture("Tips for greener living every week. Sign up")
    # A sentence that merely mentions support or a browser stays.
    assert not is_furniture("The mayor said residents could support the Ledger fund by post.")
    assert not is_furniture("Staff said the booking system was not supported on older phones.")


def test_a_pages_small_print_is_furniture():
    for line in (
        "Follow Wessex news on Radio Wessex, Facebook, Instagram and X.",
        "A correction was made on Feb. 2, 2027: An earlier version of this article gave the wrong date of the vote.",
        "When we learn of a mistake, we acknowledge it with a correction. If you spot an error, tell us.Learn more",
        "Story tips can be sent to pia.lind@example.com.",
        "Our Privacy Notice explains more about how we use your data, and your rights.",
        "This story is available exclusively to Harbour Ledger subscribers. Become a member now.",
        "NEWYou can now listen to Harbour Ledger articles!",
        "This material may not be published, broadcast, rewritten, or redistributed.",
        "Support bold, local journalism.",
        "More:Ferry fares are up 9% this winter. Here's which routes cost most.",
        "More in Business",
        "Reporting from Port Ellis, Me.",
    ):
        assert is_furniture(line), line
    for line in (
        "Fans follow the club on Facebook, the manager said.",
        "Tips can be sent to the council's fraud line, the inspectors said.",
        "More in the town have signed the petition than ever before.",
        "Reporting from Port Ellis, she met the ferry crews.",
    ):
        assert not is_furniture(line), line


def test_a_promo_or_video_label_opening_a_line_leaves_the_sentence_after_it():
    sentence = "Tenants will not pay for the new boilers in their flats, the housing trust said on Friday."
    for lead in (
        "Get the Weekend Digest newsletter in your inbox ",
        "Sign up for our Dalby Daily newsletter ",
        "WATCH: Engineers lift the old boiler out of Tower B (2:05)",
        "Video: The trust's chief on the boiler plan (0:48) ",
    ):
        line = lead + sentence
        assert not furniture.is_furniture(line), lead
        assert furniture.strip_inline(line) == sentence, lead
    # Alone, or with its pitch after it, the promo is furniture from end to end.
    assert furniture.is_furniture("Get the Weekend Digest newsletter in your inbox")
    assert furniture.is_furniture("Sign up for our Dalby Daily newsletter Get the best of the week every Saturday.")


def test_a_photographer_credit_run_into_the_next_sentence_goes_with_its_caption():
    story = "Harbour master Ines Volkova said on Monday that 40 moorings would be dredged before the summer."
    for line in (
        f"Boats at low tide in Cray Harbour. Photograph: Tomas Berk{story}",
        f"Boats at low tide in Cray Harbour. Photo credit: Tomas Berk{story}",
        f"Photo: Tomas Berk{story}",
    ):
        assert strip_inline(line) == story, line
    # A caption that reports someone's words is a sentence of the story: only the credit goes.
    line = f"The moorings are silting up, the council said. Photo: Tomas Berk{story}"
    assert strip_inline(line) == f"The moorings are silting up, the council said. {story}"


def test_a_caption_with_a_photo_credit_label_and_a_tip_widget_are_furniture():
    assert is_furniture("Boats at low tide in Cray Harbour on May 2, 2026. Photo credit: Tomas Berk | Cray Media")
    assert is_furniture("Confidential tip? Send a tip to our reporters")


def test_the_points_of_a_key_points_box_are_not_the_story():
    text = (
        "Cray to dredge its harbour before summer\n"
        "Key points\n"
        "Harbour master says 40 moorings will be dredged at a cost of 2 million crowns over six weeks\n"
        "Fishermen warn that the works will close the slipway in the busiest month\n"
        "Cray harbour will dredge 40 of its moorings before the summer season, harbour master Ines Volkova said on "
        "Monday, after boats were left stranded at low tide twice in April.\n"
        "The works will start on May 12, she said."
    )
    assert clean(text, "t").paragraphs[0].startswith("Cray harbour will dredge")


def test_share_links_related_links_and_comment_prompts_glued_to_sentences_go():
    first = "The ferry will run twice a day from March, the operator said on Tuesday."
    assert strip_inline(f"{first} Click to share on WhatsApp (Opens in new window)") == first
    assert strip_inline(f"{first} Share on Facebook") == first
    assert strip_inline(f"{first}RELATED: Why the old ferry was withdrawn") == first
    assert strip_inline(f"{first} Got something to say? Leave your comment below.") == first
    assert strip_inline("Published 9:02 a.m. ET May 3, 2026Updated 11:15 a.m. ET May 3, 2026") == ""
    # A label in ordinary case after a sentence is prose, not a glued link.
    assert strip_inline(f"{first} More: the fares will rise") == f"{first} More: the fares will rise"


@pytest.mark.parametrize(
    "line",
    [
        "Copyright THE HALDEN COURIER.",
        "© 2026 Halden Media Group Ltd. All rights reserved. This material may not be copied without permission.",
        "Halden Sports Network, Inc. All rights reserved.",
        "(Updates with the minister's comment in fifth paragraph.)",
        "Comments have been disabled on this article.",
        "Please keep it civil.",
        "Illustration by Mira Sollen.",
        "■",
    ],
)
def test_footer_and_comment_box_lines_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright law is changing across Europe, the commission said.",
        "The band said it kept all rights to its early songs. All rights reverted in 2020, its lawyer said.",
        "Comments from residents were collected until May.",
        "With assistance from the fire service, crews cleared the road by noon.",
        "The clinic is supported by the Acme Foundation and readers like you say it helps.",
        "Please credit the council for the work, she said.",
    ],
)
def test_sentences_about_copyright_comments_help_funding_and_credit_are_not_furniture(line):
    assert not is_furniture(line)


def test_credit_affiliate_and_audio_notes_go():
    story = "Most of the flats were built before 1960, the survey found."
    first = "The survey covered 800 flats in the Osk district and found damp in a third of them."
    assert strip_inline(f"{first} (Photo by Lina Marsh/Osk Herald) {story}") == f"{first} {story}"
    for line in (
        "When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Lark.",
        "Narrated by a voice using AI narration. Listen to more stories on the Lark app.",
        "Illustration by Lina Marsh. Sources: Getty; Osk Museum.",
        "Sources: Getty; Osk Museum.",
    ):
        assert is_furniture(line), line
    assert not is_furniture(story)


@pytest.mark.parametrize(
    "line",
    [
        "Radio Osk is not responsible for the content of external internet sites.",
        "This site and its sister papers adhere to the Press Council's Editors' Code of Practice.",
        "If you have a complaint about the editorial content which relates to accuracy, please contact the editor.",
        "Save articles to read later and build your own list.",
        "This story was written by a Local Council Reporter.",
        "The page you requested does not exist or has moved.",
    ],
)
def test_a_sites_small_print_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    ("paragraph", "story"),
    [
        ("KELBY:The council approved the plan on Friday.", "The council approved the plan on Friday."),
        ("June 10 (Kelby Wire) - Acme said on Tuesday it would buy Orbix.", "Acme said on Tuesday it would buy Orbix."),
        ("Sept. 3, 2025 (AP) — The board met.", "The board met."),
        ("Marsabit, Kenya —The county said it would truck water.", "The county said it would truck water."),
    ],
)
def test_a_dateline_without_a_space_or_a_place_is_stripped(paragraph, story):
    assert strip_dateline(paragraph) == story


@pytest.mark.parametrize(
    "line",
    [
        "Item 1 of 2 The logo of Acme is seen at its headquarters in Kelby, March 3, 2025. KELBY WIRE/Jo Lee",
        "[2/3] Workers walk past the plant in Kelby. KELBY WIRE/Jo Lee/File Photo",
        "Kelby Town: Ruiz; Mensah, Hollis (Barlow 34), Fenwick, Doyle; Reid, Carvalho; Okafor, Price (Lee 69), Abara.",
        "Referee: Martin Dale.",
        "Larvae settling on a tile in the laboratory at Kelby. Credit: Dr. Jo Lee / KU",
        "Residents at Kelby Court have reported cracked tiles in 70 units. KT PHOTO: JO LEE",
        "Content on this website is for information only. It is not intended to provide medical or other advice.",
        "Get the latest science news with Kelby Science Daily's free email newsletters, updated daily and weekly.",
        "We and our 842 partners store and/or access information on a device, such as cookies.",
        "You may click to consent to our and our 842 partners' processing as described above.",
        "Our community guidelines apply. Please keep comments civil and on topic.",
        "Author: Dana Whitley",
        "KQRN | By Maria Vega",
        "ByTom Pritchard",
        "Report by Gethin Price at Kelby Park",
        "12:32, 12 May 2025Updated 14:05, 12 May 2025",
        "Reading Time:3 minutes",
        "Go to full site",
    ],
)
def test_more_page_furniture_of_round_seven(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Smith, Jones, Brown, Patel, Lee and Khan were sacked on Monday.",
        "We and our partners will keep fighting, she said.",
        "Byron Lee said the plan would fail.",
        "By Monday the council had agreed.",
        "The council said it would pay. Credit union members were angry.",
    ],
)
def test_sentences_like_round_sevens_furniture_stay(line):
    assert not furniture.is_furniture(line)


def test_a_reference_section_goes_whole_labels_and_all():
    text = (
        "Larvae survive heat\n\nLarvae fed bacteria survived a heatwave, a study found.\n\n"
        "Story Source:\nMaterials provided by Kelby University.\nCite This Page:\nMLA\nAPA\n"
        'Kelby University. "Larvae survive heat." Kelby Science Daily, 21 May 2025.'
    )
    assert clean(text, "t").paragraphs == ("Larvae fed bacteria survived a heatwave, a study found.",)


def test_a_listed_storys_dated_teaser_goes_with_its_title():
    text = (
        "Larvae survive heat\n\nLarvae fed bacteria survived a heatwave, a study found.\n\n"
        "Related Stories\nCorals Recover Near Seagrass\nApr. 2, 2025 — Researchers found that corals recovered fast."
    )
    assert clean(text, "t").paragraphs == ("Larvae fed bacteria survived a heatwave, a study found.",)


def test_a_link_line_over_a_sentence_keeps_the_sentence():
    text = (
        "Kelby to trial driverless buses\n\nKelby will trial three driverless buses from May.\n\n"
        "Tap here to read more about self-driving cars in Kelby\n"
        "Passengers will pay a flat fare of £2, and the service will take cards."
    )
    assert clean(text, "t").paragraphs == (
        "Kelby will trial three driverless buses from May.",
        "Passengers will pay a flat fare of £2, and the service will take cards.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Local journalism like this depends on listeners like you. Make your gift today and become a KXYZ member.",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
        "Support for KXYZ comes from Kelby Credit Union, serving Kelby County members since 1962.",
        "Sign in or create your Pitchside account to join the discussion.",
        "Join The Kelby Courier's WhatsApp channel and get the latest news and must-reads.",
        "Tell us what you think of Kelby Science Daily -- we welcome both positive and negative comments.",
        "Local Democracy Reporting is public interest journalism funded through NZ On Air.",
    ],
)
def test_appeals_notes_and_prompts_of_round_seven(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Priya reports on U.S. industrials and technology deals from Bengaluru. She previously covered markets.",
        "Jo Leung joined the Post in 2020 and covers transport and infrastructure. She previously worked at a bank.",
        "Emeka, a correspondent with over seven years experience, covers the Assembly. He holds a degree in law.",
    ],
)
def test_an_authors_bio_in_two_sentences(line):
    assert furniture.full_bio(line)


def test_a_bio_that_names_no_beat_is_a_sentence_of_the_story():
    assert not furniture.full_bio(
        "Jo Leung joined the Army in 1990 and served in Iraq. She previously worked at a bank."
    )
    assert not furniture.is_furniture("Support for the plan comes from residents, the mayor said.")


def test_a_caption_with_a_labelled_credit_run_into_the_story_goes():
    line = "Crews repair the main on Monday, June 2. Credit: KXYZ 10 / Jo RoeThe break happened just before 5 a.m."
    assert strip_inline(line) == "The break happened just before 5 a.m."


def test_a_caption_with_no_stop_run_onto_its_credits_label_goes_with_the_credit():
    line = "Fans wait outside the ground at Kelby ParkCredit: Marlow Press AgencyThe club was founded in 1882."
    assert strip_inline(line) == "The club was founded in 1882."
    line = "A nurse checks a patient on the ward on MondayPicture: Jo RoeThe trust said it would hire 40 nurses."
    assert strip_inline(line) == "The trust said it would hire 40 nurses."
    assert strip_inline("He said the Photo: Kelby Hall show was the best.") == (
        "He said the Photo: Kelby Hall show was the best."
    )


def test_a_labelled_or_copyright_credit_with_its_outlet_after_a_slash_goes_with_its_caption():
    line = "Jo Roe with her son at home on MondayPicture: Sam Lee/Daily LanternThe block was built in 1968."
    assert strip_inline(line) == "The block was built in 1968."
    line = "Terraced streets in Westgate, where most homes are rented © Al Lee/The LedgerThe rented stock has doubled."
    assert strip_inline(line) == "The rented stock has doubled."
    line = "The firm said profits rose © 2024 and the chief executive left."
    assert strip_inline(line) == line


def test_an_unlabelled_credit_with_its_outlet_run_between_caption_and_story_goes_with_the_caption():
    line = "Workers leave the plant after their shift on Tuesday.Jo Roe/KNNThe plant has made dishwashers since 1961."
    assert strip_inline(line) == "The plant has made dishwashers since 1961."
    line = "Fans wait at the ground.Sam Lee/Getty ImagesThe club said it would appeal."
    assert strip_inline(line) == "The club said it would appeal."
    line = "The firm said it would appeal the ruling. A/B testing showed a fall."
    assert strip_inline(line) == line


def test_a_byline_among_a_rows_items_names_the_author():
    assert furniture.credited_author("KXYZ | By Maria Vega") == "Maria Vega"
    assert clean("Kelby school week cut to four days\nKXYZ | By Maria Vega\nThe district will move.", "t").byline == (
        "Maria Vega"
    )


@pytest.mark.parametrize(
    "line",
    [
        "FOR IMMEDIATE RELEASE",
        "Media release",
        "Case #: 25-004518",
        "Back to Media releases",
        "Jump to Recipe",
        "Report this article",
        "Jo Roe reposted this",
        "Date: 03/11/2025 Time: 1:45 p.m.",
        "Booking photo of Jo Roe. Photo courtesy of Kelby Police Department",
        "By Hailey Lund·March 11, 2025·Reading time: 3 minutes",
        "The Hon. Jo Roe MP",
        "Make a gift today and it will be matched up to $50,000.",
        "For more information about the project, visit the project page or call the team on 1800 000 000.",
        "This is AI generated summarization, which may have errors. For context, always refer to the full article.",
        "How does this make you feel?",
    ],
)
def test_more_page_furniture_of_round_eight(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["She said she would make a gift to the hospital.", "Back to school for 40,000 pupils as the strike ends"],
)
def test_sentences_like_round_eights_furniture_stay(line):
    assert not furniture.is_furniture(line)


def test_a_labelled_credit_run_into_the_sentence_without_a_space_goes_alone():
    line = "Photo: Jo RoeResidents who objected to the plan said they would not go to the High Court."
    assert strip_inline(line) == "Residents who objected to the plan said they would not go to the High Court."


def test_a_summary_box_under_its_button_goes_up_to_the_furniture_after_it():
    text = (
        "Kelby council opens probe into flood wall\n\nSummarize this article with AI\n"
        "This is AI generated summarization, which may have errors.\n"
        "The Kelby City Council is investigating a flood wall project that remains unfinished after its deadline.\n"
        "The contractor blames rising costs, while residents say their homes flooded twice last year.\n"
        "How does this make you feel?\n"
        "The Kelby City Council on Wednesday opened an inquiry into a flood wall along the Kelby River.\n"
        "Councillor Jo Roe said only about 60 percent of the wall had been built."
    )
    assert clean(text, "t").paragraphs[0].startswith("The Kelby City Council on Wednesday opened an inquiry")


def test_a_pull_quote_that_repeats_the_storys_words_goes():
    text = (
        "Tenants say they will not leave\n\n"
        "The tenants of the Sandford Arms have stopped paying rent.\n\n"
        '"We\'re not leaving," Jo Roe said. "This is our home, and they bought a building, not us."\n\n'
        "“We’re not leaving. This is our home.”\n\n"
        "The owner did not respond to requests for comment."
    )
    assert "“We’re not leaving. This is our home.”" not in clean(text, "t").paragraphs


def test_a_quote_alone_that_the_story_does_not_repeat_stays():
    text = "Tenants say they will not leave\n\nThe tenants have stopped paying rent.\n\n“We are staying put.”"
    assert "“We are staying put.”" in clean(text, "t").paragraphs


def test_a_press_releases_quotes_attributable_label_names_the_speaker():
    text = (
        "Kelby bypass reaches milestone\n\nThe bridge over the Kelby River is complete.\n\n"
        'Quotes attributable to Minister for Roads Jo Roe: "This bridge is a huge step for everyone on the coast."'
    )
    article = clean(text, "t")
    assert article.paragraphs[-1] == '"This bridge is a huge step for everyone on the coast."'
    assert article.attributions[-1] == "Minister for Roads Jo Roe"


def test_a_tagline_in_parts_is_no_signed_headline():
    page = (
        "Sign in\nJo Roe reposted this\nRural hospital will close its maternity unit, leaving a 90-mile gap\n"
        "Report this article\nJo Roe\nHead of Communications at Kelby Health | Speaker | Storyteller | Writer\n"
        "Published Mar 11, 2025\nThe hospital's board voted to close the unit after two doctors retired."
    )
    assert clean(page, "t").title == "Rural hospital will close its maternity unit, leaving a 90-mile gap"


@pytest.mark.parametrize(
    "line",
    [
        "Audience Relations, KBC P.O. Box 500 Station A Kelby, ON Canada, M5W 1E6",
        "Toll-free (Canada only): 1-866-306-4636",
        "WhatsApp Channel: Follow The Daily Kelby on WhatsApp for the latest news.",
        "For feedback, complaints, or inquiries, contact us.",
        "Your subscription has been successful.",
        "Please log in to comment.",
        "The Kelby Alibi | 2118 Central Ave SE, Kelby, NM | © 2025 Alibi Media Co.",
        "New to LinkedIn? Join now",
        "Arrest information is not an indication of guilt. All persons are presumed innocent until proven guilty.",
        "Kelby Motors Daily is a trading name of KMD Media Ltd, which is authorised and regulated by the FCA.",
        "Tried this recipe? Tag @kelbyeats and let us know how it went!",
        "Your email address will not be published. Required fields are marked *",
        "Sponsored by Kelby Credit Union. Ask about our home loans at kelbycu.example. Federally insured by NCUA.",
        "This transcript was machine-generated and may contain errors.",
        "Produced by Jo Roe. Edited by Ann Lee. Mixed by Tom Barr. Music by Blue Dot Sessions.",
        "Did you find what you were looking for?",
        "Tenants of the Kelby Arms hold a meeting in the building's courtyard. Maria Vega",
    ],
)
def test_more_page_furniture_of_round_eight_that_names_no_one(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The firm was sponsored by the council until 2020, he said.",
        "He said the band's album was produced by Jo Lee.",
        "The company is a trading name of its parent, the court heard.",
        "He was sacked in March. Jo Lee said so.",
    ],
)
def test_sentences_like_round_eights_small_print_stay(line):
    assert not furniture.is_furniture(line)


@pytest.mark.parametrize(
    "bio",
    [
        "Maria Vega is the Alibi's news editor. Send tips to mvega@alibi.example.",
        "Tom Barr is AutoKelby's news editor. He has been writing about cars for 15 years.",
    ],
)
def test_a_bio_naming_the_site_by_its_possessive(bio):
    assert furniture.author_bio(bio)


@pytest.mark.parametrize(
    "line",
    [
        "08/12/202508/12/2025August 12, 2025",
        "Jo Reyes, Staff ReporterMarch 4, 2025",
        "Jo RoeFollow",
        "Published inThe Kelby Ledger",
        "Member-only story",
        "Filed under News, Campus, Top Stories",
        "Got news? Text or call our 24/7 hotline: 503-555-0148",
        "Boats sit at a marina near Kelby on Sept. 30, 2025. (AP Photo/Jo Roe, File)",
        "Our journalists work hard to bring you the stories that matter. Support quality journalism by subscribing.",
        "Dear Readers, we've made some changes to the way you post comments.",
        "Kelby Ledger reports are accurate at the time of publication.",
        "Posted by Kelby Now on May 16, 2025 at 7:42 am. Filed under Businesses. You can leave a response.",
    ],
)
def test_more_page_furniture_of_round_nine(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "bio",
    [
        "Jo Roe is The Kelby Herald's Senior Political Correspondent. He has covered Holyrood since 2011.",
        "I'm a staff writer at Kelby Business covering retail. Before joining Kelby in 2019, I reported for a daily.",
        "Ann Lee has reported from the courts of the West Midlands since 2008. She previously worked at a wire.",
    ],
)
def test_more_author_bios_of_round_nine(bio):
    assert furniture.full_bio(bio)


def test_round_nines_sentences_stay():
    assert not furniture.is_furniture("The council met on 08/12/2025 to vote on the plan.")
    assert not furniture.is_furniture("Smith said in March 4 people died.")


def test_a_posts_update_stamp_glued_to_its_sentence_goes():
    assert strip_inline("ADDED 11:05 AM:The residents' group plans a send-off on June 27.") == (
        "The residents' group plans a send-off on June 27."
    )


def test_a_heading_right_below_the_date_over_its_story_is_the_headline():
    page = (
        "KELBY NOW\nNews, views and everything in between for Kelby since 2009\n"
        "HOME\nNEWS\nEVENTS\nADVERTISE\nCONTACT\n"
        "FRIDAY, MAY 16, 2025, 7:42 AM\nKelby Hardware to close after 61 years on Alder Street\n"
        "After 61 years and three generations, Kelby Hardware will close at the end of June."
    )
    assert clean(page, "t").title == "Kelby Hardware to close after 61 years on Alder Street"


def test_a_caption_run_into_the_story_after_its_agency_in_brackets_goes():
    line = "Kelby Metro's headquarters in the east of the city (Kelby Wire)The operator posted a loss last year."
    assert strip_inline(line) == "The operator posted a loss last year."


def test_a_capitals_dateline_run_into_the_story_goes():
    assert strip_dateline("KELBY BAY, St Ann —Residents blocked the main road on Saturday.") == (
        "Residents blocked the main road on Saturday."
    )
    assert strip_dateline("NATO—the alliance—said it would meet.") == "NATO—the alliance—said it would meet."


def test_a_caption_credited_to_the_files_after_a_dash_or_in_capitals_goes_whole():
    for line in (
        "Tamale residents queue for water at a public standpipe at Nyohini. File photo",
        "Engr. Kofi Bamba (second from left) briefing Datuk Ali Musa on the pond design in Tumpat. — ADAM LEE/The Post",
        "A test bus makes its way along a snow-covered road in Asahikawa in March. | COURTESY OF HOKUSEI MOTORS",
        "Pupils line up outside the new classroom block at Adenta. Staff picture",
    ):
        assert is_furniture(line), line
    # a story's sentence that ends in words like a credit's stays
    assert not is_furniture("The board said the plans were drawn up by its own staff. Staff pictures")


def test_a_credit_or_a_capitals_label_run_into_the_next_sentence_goes_and_the_sentence_stays():
    for line, sentence in (
        (
            "— Kumasi TimesSpeaking at the plant on Friday, the director said the facility was ready.",
            "Speaking at the plant on Friday, the director said the facility was ready.",
        ),
        (
            "PHOTO GALLERY (CLICK TO ENLARGE)A small town in Hokkaido plans to run a driverless bus all year.",
            "A small town in Hokkaido plans to run a driverless bus all year.",
        ),
        (
            "WATCHThe council said the bridge would reopen on Monday morning.",
            "The council said the bridge would reopen on Monday morning.",
        ),
    ):
        assert clean(line + "\n\nThe work cost £2m, officials said.", "x").text.splitlines()[0] == sentence, line
    # a sentence opening in capitals, as tabloids write it, is left whole
    text = "SOMALI pirates have hijacked a cargo ship with 19 crew on board.\n\nThe owner said it would not pay."
    assert clean(text, "x").text.startswith("SOMALI pirates")


def test_a_stamp_with_any_time_zone_after_the_time_is_furniture():
    for line in ("Tuesday, 08 Oct 2024 7:12 AM MYT", "Oct 8, 2024 09:30 HKT", "Updated 14:05 SAST, 3 March 2025"):
        assert is_furniture(line), line
    assert not is_furniture("Tuesday 8 October TSB")  # capitals after a date, not after a time, are no zone


def test_a_menu_of_section_names_in_one_line_is_furniture_and_a_title_case_headline_is_not():
    for line in (
        "News Business Sport Tech Lifestyle Opinion Education Videos iPaper",
        "HOME NEWS POLITICS BUSINESS SPORTS SHOWBIZ FEATURES OPINION E-PAPER",
    ):
        assert is_furniture(line), line
    for line in (
        "Health Secretary Backs New Science Funding For Local Schools",
        "World Health Organization Warns On Climate",
    ):
        assert not is_furniture(line), line


def test_a_press_releases_embargo_end_mark_notes_and_second_about_section_are_furniture():
    assert is_furniture("EMBARGOED UNTIL 00:01 BST TUESDAY 8 OCTOBER 2024")
    assert is_furniture("Embargoed until 10am, 3 May 2025")
    page = (
        "Charity opens 20 warm spaces\n\n"
        "Kelby Food Aid will open 20 warm spaces in food banks this winter, the charity said on Monday. "
        "The spaces will offer hot meals and advice on debt.\n\n"
        "Ends\n\nNotes to editors\n\n"
        "1. The survey of 2,104 parents was carried out online between 2 and 16 September.\n\n"
        "2. Kelby Food Aid supports a network of 310 independent food banks across the UK.\n\n"
        "About Kelby Food Aid\n\nKelby Food Aid, founded in 2004, runs food banks in 40 towns.\n\n"
        "About Pellow Energy\n\nAs the region's largest community-owned supplier, Pellow Energy has kept bills low."
    )
    text = clean(page, "x").text
    assert "The spaces will offer hot meals" in text
    for furniture_line in ("survey of 2,104", "network of 310", "founded in 2004", "community-owned"):
        assert furniture_line not in text, furniture_line


def test_an_appeal_ending_in_its_give_or_donate_button_is_furniture():
    assert is_furniture("Your gift of £15 could help provide a family with three days of emergency food. Give now")
    assert is_furniture("Every pound helps us reach another village before the rains. Donate today")
    assert not is_furniture("The charity said a gift of £15 could feed a family for three days.")


def test_a_headline_that_asks_its_question_over_a_signed_standfirst_is_the_headline():
    page = (
        "The Kelby Letter\nSubscribe\nSign in\n"
        "Kelby paid people to shop local. Did it work?\n"
        "A look at the figures behind the closures\n"
        "Jo Roe\nMay 03, 2025\n"
        "Shops on Kelby high street closed at a record rate last year, figures show. "
        "The council said it would cut rents for new tenants."
    )
    assert make_brief(page, "x").headline == "Kelby paid people to shop local. Did it work?"


def test_a_notes_number_after_a_sentence_and_the_note_under_its_number_are_furniture():
    page = (
        "Kelby rebate cut car trips, study finds\n\n"
        "Of the 2,300 residents who got a rebate, 61 percent said they now ride for trips they once drove.1 "
        "The average rider replaced 26 car miles a week.\n\n"
        "The city will vote next month on renewing the scheme.2\n\n"
        "1\n\nKelby Public Works, “E-Bike Rebate Program: Year One Evaluation,” September 2024, p. 14.\n\n"
        "2\n\nIncome-qualified riders averaged 41 miles a week (ibid., table 6)."
    )
    text = clean(page, "x").text
    assert "they once drove. The average rider" in text
    assert "renewing the scheme." in text and "scheme.2" not in text
    assert "Evaluation" not in text and "ibid" not in text
    # a number that belongs to the text stays
    assert "world No.1 Carlos" in clean("Title here\n\nThe world No.1 Carlos Lopez won the final on Sunday.", "x").text


def test_a_fact_checks_claim_box_rating_and_sources_are_furniture_and_its_headline_is_found():
    page = (
        "Check Kelby\nStand up for the facts! We need your help.\nI would like to contribute\n"
        "Social media posts\nstated on March 3, 2025 in a Facebook post:\n"
        "“From May 1 Kelby Council will fine drivers £500 for parking on their own drives.”\n"
        "FALSE\n"
        "By Jo Roe • March 8, 2025\n"
        "No, Kelby is not fining drivers £500 for parking on their drives\n"
        "A widely shared post claims that Kelby Council will fine drivers £500 for parking on their own drives. "
        "The council said it had no such rule and had not proposed one.\n"
        "We rate this claim False.\n"
        "FALSE – The statement is not accurate.\n"
        "Our Sources\nFacebook post, March 3, 2025\nEmail interview, Kelby Council, March 7, 2025\n"
        "Share The Facts\n"
        "“From May 1 Kelby Council will fine drivers £500 for parking on their own drives.”\n"
    )
    brief = make_brief(page, "x")
    assert brief.headline == "No, Kelby is not fining drivers £500 for parking on their drives"
    text = clean(page, "x").text
    for furniture_text in ("From May 1", "FALSE", "I would like", "Social media posts", "Email interview"):
        assert furniture_text not in text, furniture_text
    assert "The council said it had no such rule" in text
    assert is_furniture("By Jo Roe • March 8, 2025")


def test_a_death_notices_services_florist_funeral_home_and_guest_book_are_furniture():
    page = (
        "Kelby Courier\nObituaries\nAda M. Pellow\nMarch 2, 1940 – May 1, 2025\n"
        "Ada M. Pellow, 85, of Kelby, died peacefully on Thursday, May 1, 2025, at her home.\n"
        "She taught at Kelby Primary School for 30 years and led the church choir.\n"
        "Visitation: Friday, May 9, 2025, 4:00 – 7:00 p.m., Lowe Funeral Home, 12 Elm St., Kelby\n"
        "Funeral Mass: Saturday, May 10, 2025, 10:30 a.m., St. Anne's Church, Kelby\n"
        "Burial: Kelby Cemetery\n"
        "Arrangements by Lowe Funeral Home. Online condolences may be left at www.lowefh.example.\n"
        "To send flowers to the family or plant a tree in memory of Ada M. Pellow, please visit our floral store.\n"
        "Published by Kelby Courier on May 4, 2025.\n"
        "GUEST BOOK\n3 Entries\nSign the Guest Book\nAdd a photo | Light a candle | Share a memory\n"
        "Mrs. P was my teacher in 1979. I still remember her singing.\nJo Roe Smith\nMay 5, 2025\n"
        "Our sympathy to the family. She had a lovely voice.\nThe Matusik Family\nMay 4, 2025\n"
    )
    text = clean(page, "x").text
    assert "She taught at Kelby Primary School" in text
    for furniture_text in (
        "Visitation",
        "Funeral Mass",
        "Burial:",
        "Arrangements",
        "send flowers",
        "Published by",
        "my teacher",
        "Our sympathy",
    ):
        assert furniture_text not in text, furniture_text
    # the story's own words about a funeral stay
    assert not is_furniture("The funeral will be held on Friday at St Anne's church, the family said.")


def test_a_recaps_score_box_and_team_records_are_no_headline_and_an_abbreviation_ends_no_sentence_in_it():
    page = (
        "ScoreCenter\nNCAAF\n1\t2\t3\t4\tT\nKEL\t7\t3\t7\t10\t27\nASH\t0\t14\t7\t10\t31\n"
        "Kelby State Wildcats (5-1, 2-1 Big 12)\nAshby State Cyclones (6-0, 3-0 Big 12)\n"
        "Lee's late TD pass lifts No. 14 Ashby State past Kelby State, 31-27\n"
        "By Jo Roe\nScoreCenter Staff\nOct 12, 2024, 11:48 PM ET\n"
        "ASHBY, Iowa — Jo Lee threw a 19-yard touchdown pass with 38 seconds left, and No. 14 Ashby State beat "
        "Kelby State 31-27 on Saturday night. Lee finished 24 of 35 for 287 yards."
    )
    assert make_brief(page, "x").headline == "Lee's late TD pass lifts No. 14 Ashby State past Kelby State, 31-27"
    for row in ("1\t2\t3\t4\tT", "KEL\t7\t3\t7\t10\t27"):
        assert is_furniture(row), row
    assert not is_furniture("The vote was 12 10 3 in favour of the plan")


def test_a_death_notices_headline_is_the_name_above_the_dates_of_a_life():
    page = (
        "Kelby Courier\nObituaries\nSearch obituaries\nPlace an obituary\n"
        "Ada M. Pellow\nMarch 2, 1940 – May 1, 2025\nKelby, Ohio | Age 85\n"
        "Ada M. Pellow, 85, of Kelby, died peacefully on Thursday, May 1, 2025, at her home.\n"
        "She taught at Kelby Primary School for 30 years and led the church choir for four decades.\n"
    )
    assert make_brief(page, "x").headline == "Ada M. Pellow"


@pytest.mark.parametrize(
    "line",
    [
        "Login to comment. Comments are moderated and may take some time to appear.",
        "Found this article useful? Share it with your friends: Facebook Twitter WhatsApp Telegram",
        "Found a mistake in this article?",
        "Subscriber exclusive: You're reading a story available only to Kelby Post subscribers. "
        "Thank you for supporting local journalism.",
        "Investor Relations:",
        "Get the week's top stories from campus every Friday.",
        "Kelby State University sits on the traditional homelands of the Kalapuya people.",
        "We recognize their enduring connection to this land.",
        "Registered charity no. 1098765 (England & Wales) SC045512 (Scotland). "
        "Company limited by guarantee no. 04789231.",
        "Bet on college football with KelbyBET — new users get $150 in bonus bets when they wager $10. Claim offer",
        "21+. Gambling problem? Call 1-800-GAMBLER. Terms apply.",
    ],
)
def test_round_tens_page_chrome_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Readers found the article useful, the editor said.",
        "The campus sits on land the university bought in 1962.",
        "The charity said it would publish its registered accounts in May.",
    ],
)
def test_sentences_like_round_tens_chrome_stay(line):
    assert not is_furniture(line)


def test_a_caption_goes_with_a_qualified_labelled_or_many_part_credit_and_the_sentence_run_into_it_stays():
    for line, sentence in (
        (
            "A short stroll after dinner may help the body handle sugar. Image credit: Ada Novak/StocksyTaking a "
            "walk after eating may blunt the rise in blood sugar, a study found.",
            "Taking a walk after eating may blunt the rise in blood sugar, a study found.",
        ),
        (
            "The ferry at its East Kelby slipway. Picture: Kelby Wave 107.4 The ferry linking Kelby and East Kelby "
            "will be out of service for six weeks from Monday.",
            "The ferry linking Kelby and East Kelby will be out of service for six weeks from Monday.",
        ),
        (
            "Officers lift plastic waste from a barrier on the Angke River on Thursday. ANTARA FOTO/Fauzan/nym.The "
            "ministry is targeting a 30 percent cut in plastic waste by 2027.",
            "The ministry is targeting a 30 percent cut in plastic waste by 2027.",
        ),
    ):
        assert strip_inline(line) == sentence, line


def test_a_caption_of_two_sentences_over_its_bracketed_credit_and_a_caption_over_a_bracketed_name_go():
    assert is_furniture(
        "Snorkellers swim over a reef off Koh Lipe. Park officials say coral cover has halved in a decade. "
        "(Photo: Ada Novak)"
    )
    page = (
        "Snow to hit Kelby this week\n\nForecasters expect up to eight inches of snow in Kelby by Wednesday night.\n\n"
        "This KelbyWeather forecast map shows where the heaviest snow is expected through Thursday.\n(KelbyWeather)\n\n"
        "Temperatures will struggle to climb above freezing on Wednesday, forecasters said."
    )
    text = clean(page, "x").text
    assert "forecast map" not in text and "(KelbyWeather)" not in text
    assert "Temperatures will struggle" in text


def test_a_live_pages_teaser_above_the_headline_is_no_headline():
    page = (
        "Kelby News\nPolitics\nLIVE\nElection 2025: Latest updates as early voting opens in key towns\nPolitics\n\n"
        "Council committee backs plan to speed up broadband permits\n\n"
        "By Jo Roe\nUpdated on: October 14, 2025 / 7:05 PM EDT\n\n"
        "The council's planning committee on Monday backed a plan that would force officers to decide on "
        "broadband permits within 60 days. The full council will vote on it next month."
    )
    assert make_brief(page, "x").headline == "Council committee backs plan to speed up broadband permits"


@pytest.mark.parametrize(
    "line",
    [
        "Case Title: Kelby Biotech Inc. v. Quill Pharmaceuticals LLC",
        "Case Number: 1:23-cv-00874",
        "Nature of Suit: 830 Patent",
        "Quill Pharmaceuticals LLC v. Kelby Biotech Inc., No. IPR2024-00317 (P.T.A.B.)",
        "Kelby Biotech Inc. v. Quill Pharmaceuticals LLC, No. 24-2201 (Fed. Cir.)",
    ],
)
def test_a_legal_sites_case_box_and_list_of_cases_are_furniture(line):
    assert is_furniture(line)


def test_a_sentence_that_cites_a_case_stays():
    assert not is_furniture("In Smith v. Jones, No. 12-345 (2d Cir.), the court held that the rule applied.")
    assert not is_furniture("The court said the firm would appeal.")


def test_a_photo_by_credit_with_one_word_before_its_slash_goes_before_a_sentence_opening_the():
    line = (
        "Workers sort shrimp at a plant in Ca Mau Province, March 2024. Photo by KelbyPost/Tran Minh Khoa The "
        "Kelby Association of Seafood Exporters said shipments fell 18% in the quarter."
    )
    assert strip_inline(line) == "The Kelby Association of Seafood Exporters said shipments fell 18% in the quarter."


def test_a_ticker_and_a_government_sites_banner_are_no_headline():
    assert is_furniture("An official website of the City of Kelby, Washington. Here's how you know.")
    page = (
        "Kelby Bulletin\nJust In: Woman hurt after shark sighting at Kelby Beach\n"
        "‘Like a war zone’: cafe owner’s fury after third ram raid in a year\n"
        "By Jo Roe\nDecember 1, 2025 4:45am\n"
        "A cafe owner says she is ready to walk away from her business after thieves drove a stolen ute through her "
        "shopfront for the third time. Police said they were examining footage."
    )
    assert make_brief(page, "x").headline == "‘Like a war zone’: cafe owner’s fury after third ram raid in a year"


def test_an_authors_beat_then_their_past_is_a_bio():
    assert furniture.author_bio("Jo Roe covers the NBA and the business of sports. She joined the network in 2019.")
    assert not furniture.author_bio("Jo Roe covers the cost of the repairs herself, her landlord said.")


def test_a_wiki_s_footer_and_a_story_s_listed_sources_are_furniture():
    for line in (
        "This page was last edited on 9 October 2024, at 14:20.",
        "Text is available under the Creative Commons Attribution 2.5 License; additional terms may apply.",
        "This page is archived, and is no longer publicly editable. Articles presented on Kelbynews reflect the "
        "specific time at which they were written and published.",
        'Jo Roe. "Port strike: what the new deal says" — Kelby Tribune, October 1, 2024',
        "“Statement on the end of the strike” — Kelby Terminals, 1 October 2024",
    ):
        assert is_furniture(line), line
    assert not is_furniture('"We held the line," Jo Roe said — and the port reopened on October 1, 2024.')


@pytest.mark.parametrize(
    "line",
    [
        "Floodwater on Front Street during the storm. Photo by Jo Roe for The Kelby Ledger.",
        "The Kelby Ledger is a nonprofit newsroom. We don't have a paywall. Become a member for $6 a month.",
        "Kelby Voice is a reader-funded, independent news site.",
    ],
)
def test_a_caption_whose_credit_ends_in_a_stop_and_a_newsrooms_note_about_itself_are_furniture(line):
    assert is_furniture(line)


def test_a_players_transcript_between_its_buttons_is_not_the_story():
    page = (
        "Kelby to close two libraries\nVideo duration 2:14\nKelby votes on libraries\nShow transcript\n"
        "0:00 ANCHOR: Good evening, I'm Jo Roe.\n0:07 Our reporter was at the council meeting. Al?\n"
        "0:11 AL LEE: Jo, it was a packed room tonight.\n1:58 Reporting from Kelby, Al Lee, Kelby 7 News.\n"
        "Hide transcript\nBy Al Lee\n"
        "KELBY, Wend County (Kelby 7) - The Kelby council voted on Tuesday to close two libraries.\n"
        "The council said it would keep a mobile library on the road.\n"
    )
    article = clean(page, "t")
    assert article.title == "Kelby to close two libraries"
    assert article.paragraphs[0] == "The Kelby council voted on Tuesday to close two libraries."
    assert "0:07" not in article.text and "packed room" not in article.text and "duration" not in article.text


@pytest.mark.parametrize(
    "line",
    ["Aller au contenu principal", "Ir al contenido principal", "Publicité", "Publicidad", "Partager l’article",
     "Taille du texte", "À lire aussi : Nurses warn of a summer of closures", "Te puede interesar:"],
)  # fmt: skip
def test_an_english_editions_chrome_in_its_own_language_is_furniture(line):
    assert is_furniture(line)


def test_a_read_also_link_in_french_glued_after_a_quote_goes():
    line = '"We cannot staff the night shift safely."À lire aussi : Nurses warn of a summer of closures'
    assert strip_inline(line) == '"We cannot staff the night shift safely."'


@pytest.mark.parametrize(
    "line",
    ["Publié le 3 juin 2025 à 5 h 00 HAE", "Publicado el 12 de mayo de 2025, 10:42", "Mark all as read", "Read Later",
     "Save to Board", "Visit Website", "Summarize with Leo AI"],
)  # fmt: skip
def test_a_foreign_editions_stamps_and_a_reader_apps_buttons_are_furniture(line):
    assert is_furniture(line)


def test_a_reader_apps_row_of_source_author_and_age_signs_the_headline_above_it():
    page = (
        "feedly\nToday\nRead Later\nKelby Post\n12\nMark all as read\n"
        "Kelby landfill to close five years early as county turns to transfer station\n"
        "Kelby Post / by Jo Roe / 3h\nVisit Website\nSave to Board\n"
        "Kelby County commissioners voted on Tuesday to close the landfill in 2027.\n"
        "The county said it would test private wells near the site for ten years.\n"
    )
    article = clean(page, "t")
    assert article.title == "Kelby landfill to close five years early as county turns to transfer station"
    assert article.byline == "Jo Roe"


@pytest.mark.parametrize(
    "line",
    ["BET NOW: Kelby Town v Mardale – Kelby 6/4, Draw 23/10, Mardale 7/4. New customers only. 18+ | T&Cs apply",
     "Please gamble responsibly. Support: www.begambleaware.org", "Get Kelby Trade Review delivered 10 times a year.",
     "Get the Kelby Post delivered to your door."],
)  # fmt: skip
def test_a_bookmakers_odds_and_a_print_editions_offer_are_furniture(line):
    assert is_furniture(line)
    assert not is_furniture("The firm will get its parts delivered every week from Wales.")


def test_an_events_promo_glued_after_a_quote_goes():
    line = (
        '"The food must be kept cold."EVENT: Cold Chain Expo 2025 | 18–19 November | Register now – prices rise Friday'
    )
    assert strip_inline(line) == '"The food must be kept cold."'


def test_a_feeds_footer_and_a_bio_naming_a_post_without_an_article_are_not_the_story():
    assert is_furniture("The post Council votes to close pool appeared first on Kelby Dispatch.")
    assert not is_furniture("The post office said it would close on Friday.")
    assert full_bio("Jo Roe is news editor of Kelby Trade Review. She has covered freight for 12 years.")


@pytest.mark.parametrize(
    "line",
    ["Lo más leído", "Tendencias", "Suscríbete a El Faro por $2.990 al mes.", "Ya soy suscriptor",
     "Este sitio utiliza cookies para mejorar tu experiencia.", "El Faro · Av. Costanera 1450 · Todos los derechos "
     "reservados", "Ce site utilise des témoins pour améliorer votre expérience.",
     "Thank you for donating to Kelby Times"],
)  # fmt: skip
def test_a_foreign_editions_lists_notices_and_rights_line_and_a_donation_thanks_are_furniture(line):
    assert is_furniture(line)
    assert not is_furniture("Thank you for giving your time, she said.")


def test_a_caption_told_in_the_present_under_its_credit_is_not_the_story():
    top = "Ferry fares to rise by a quarter\n\nBy Jo Roe\nSep 18, 2025\nPhoto: Ann Lee/The Kelby Sentinel\n"
    story = "Ferry riders in Kelby will pay 25% more from October, the transit board said.\n"
    assert clean(top + "A ferry leaves the Pier 9 terminal on Tuesday.\n" + story, "t").paragraphs == (story.strip(),)
    lead = "The transit board voted on Monday to raise ferry fares by a quarter.\n"
    assert clean(top + lead + story, "t").paragraphs[0] == lead.strip()  # a lead tells what happened


@pytest.mark.parametrize(
    "line",
    ["Listen: This week's episode of Kelby News' podcast Northbound looks at the night train. Find it wherever you get "
     "your podcasts.", "The most read", "This website uses its own and third-party cookies so that you have the best "
     "experience.", "The Herald relies on readers like you. A gift of £5 a month keeps our reporters in every parish. "
     "Donate today.", "Follow Kelby Today on Viber and never miss important news from the region!"],
)  # fmt: skip
def test_a_podcasts_promo_a_donation_pitch_a_translated_cookie_notice_and_a_channel_promo_are_furniture(line):
    assert is_furniture(line)


def test_an_ad_label_glued_to_the_paragraph_it_opens_goes():
    line = "AdvertisementThe bond would add $11 a month to a tax bill, the finance director said."
    assert strip_inline(line) == "The bond would add $11 a month to a tax bill, the finance director said."


def test_a_sentence_glued_to_a_promo_without_a_space_is_kept_and_a_brands_capital_is_no_glue():
    text = (
        "Library to close\n\nThe council voted to close the library on Monday.\n"
        "Get the latest Kelby news in your inbox - sign up to our free newsletter hereCampaigners from the Friends "
        "of Kelby Library delivered a petition before the vote.\nGot a story? Email news@kelby.example or WhatsApp "
        "us. We pay for your stories.\n"
    )
    paragraphs = clean(text, "t").paragraphs
    assert "Campaigners from the Friends of Kelby Library delivered a petition before the vote." in paragraphs
    assert not any("App us" in p or "newsletter" in p for p in paragraphs)


def test_a_comment_notice_with_its_login_button_does_not_end_the_comments():
    comments = (
        "Comments (14)\nYou must be logged in to post a comment. Log in\nIvo_L\n12.03.2025. 11:04\n"
        "Finally! My grandmother waited for this since the 1980s.\nReply\nMarta K.\n12.03.2025. 11:31\n"
        "Two euros for islanders is fair but 6.50 for everyone else is robbery.\nReply\n"
    )
    paragraphs = clean(_STORY + comments, "t").paragraphs
    assert paragraphs[-1] == "Residents now receive piped water for four hours every second day."


def test_a_promo_glued_before_a_sentence_in_the_storys_line_goes_and_a_names_inner_capital_is_no_glue():
    line = "Get Kelby news in your inbox - sign up to our free newsletter hereCampaigners delivered a petition to the "
    text = f"Library to close\n\nThe council voted on Monday.\n{line}town hall. Its chair said the group would act.\n"
    assert "Campaigners delivered a petition to the town hall." in clean(text, "t").text
    inquest = (
        "Climber inquest\n\nThe inquest was adjourned. Coroner Alison McAdie said she needed reports from police.\n"
    )
    assert "Coroner Alison McAdie said" in clean(inquest, "t").text


def test_a_forums_comments_section_head_starts_the_comments():
    comments = (
        "Comments Section\nAutoModerator\n•\n7h ago\nReminder: please keep discussion civil.\nUpvote\n1\nReply\n"
        "mossy_bollard\n•\n6h ago\nThe council will find money for a roundabout but not for this.\nUpvote\n141\n"
    )
    paragraphs = clean(_STORY + comments, "t").paragraphs
    assert paragraphs[-1] == "Residents now receive piped water for four hours every second day."


def test_a_capitals_dateline_closed_by_a_stop_goes_and_an_acronyms_sentence_stays():
    assert strip_dateline("ORTALY. The regional administration will connect 11 villages.") == (
        "The regional administration will connect 11 villages."
    )
    assert strip_dateline("NATO. The alliance said it would act.") == "NATO. The alliance said it would act."


@pytest.mark.parametrize(
    "line",
    ["CONFIDENTIALITY NOTICE: This email and any attachments are intended only for the named recipient.",
     "Out of hours: please call switchboard on 01632 960 000.",
     "The opinion of the editorial board may not coincide with the opinion of the author."],
)  # fmt: skip
def test_an_emails_notice_a_releases_out_of_hours_line_and_an_editorial_disclaimer_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["@MayorRoe", "Follow", "1.4K", "Read 96 replies", "Press Enter to show all options, press Tab go to next option",
     'ON AIR NOW: The Midday Rundown with Jo "Big Jo" Roe', "English edition", "Se connecter", "S'abonner dès 1 €"],
)  # fmt: skip
def test_an_embedded_posts_chrome_a_widgets_help_a_live_player_and_an_editions_switch_are_furniture(line):
    assert is_furniture(line)


def test_an_embedded_posts_text_between_its_handle_and_its_stamp_is_not_the_story():
    post = (
        "Jo Roe\n@MayorRoe\n·\nFollow\nTonight the council gave the club a 30-year home at Riverside Park.\n"
        "10:42 PM · Jul 8, 2025\n1.4K\nReply\nRead 96 replies\n"
    )
    paragraphs = clean(_STORY + post + "The board said work would start in May.\n", "t").paragraphs
    assert not any("30-year home" in p for p in paragraphs)
    assert paragraphs[-1] == "The board said work would start in May."


def test_a_newsletters_blurbs_an_apps_buttons_and_a_mixed_pitch_are_furniture():
    for line in (
        "Get smarter, faster on the news shaping Kelby, every weekday morning.",
        "Get a free daily digest of the most important news in your backyard with Kelby Today.",
        "Download for free.",
        "Read it now.",
        "Support safe, smart, sane journalism. Sign up for Kelby Local to learn more about what's happening.",
    ):
        assert is_furniture(line), line
    for line in (
        "The council met on Monday. Sign up for our newsletter to learn more.",
        "Residents can download the form for free from the council's website.",
        "Get the vaccine now, the health board urged parents on Monday.",
    ):
        assert not is_furniture(line), line


def test_a_caption_ending_in_a_credit_in_square_brackets_is_furniture():
    for credit in ("[Photo/Xinhua]", "[Photo by Jo Roe/For Kelby Daily]", "[Photo provided to Kelby Daily]"):
        assert is_furniture(f"A drone delivers a lunch box to a canteen in Lanzhu on Feb 27. {credit}"), credit
    assert not is_furniture("The mayor said the plan [to rebuild the pier] would go ahead.")


def test_a_run_in_label_with_a_comma_goes_as_the_others_do():
    assert caption_label("Yes, but: Anglers have raised concerns about losing access.") == "Yes, but"


def test_an_outlets_registration_a_cookie_notice_a_developing_storys_promise_and_a_funding_note_are_furniture():
    for line in (
        "Mass media registration certificate El No. FS77-83456 issued by the Federal Service for Supervision.",
        "The site uses cookies. By continuing to use the site, you agree to this.",
        "This is a developing story. Stay with KTVW News 4 for updates.",
        "Check our full list of closings and delays.",
        "UPDATE 2:30 p.m.",
        "Editor's note: The Kelby Times's coverage of rural health care is supported in part by a grant from the "
        "Harlow Foundation. The foundation has no control over our reporting.",
        "Our coverage of the election is made possible by readers like you.",
        "Fishing boats moored at Kelby harbour, where catches have fallen [Jo Roe/Kelby TV]",
    ):
        assert is_furniture(line), line
    for line in (
        "The hospital's coverage is funded by the state, the council said.",
        "The update was made at 4:15 p.m. on Monday.",
        "The developing story of the strike has gripped Kelby.",
    ):
        assert not is_furniture(line), line


def test_an_update_label_with_its_zone_leaves_the_sentences_it_labels():
    assert strip_inline("Update, 5:40 p.m. ET: Late Monday, the board voted to delay the closure.") == (
        "Late Monday, the board voted to delay the closure."
    )


def test_a_state_agencys_dateline_with_its_name_between_slashes_is_stripped():
    paragraph = "VELIKOYARSK, March 3. /SEVINFORM/. The Velikoyarsk Region will build a new bridge."
    stripped = strip_dateline(paragraph)
    assert stripped == "The Velikoyarsk Region will build a new bridge."
    assert dateline_places(paragraph[: len(paragraph) - len(stripped)]) == ("Velikoyarsk",)


def test_a_magazines_headline_in_title_case_with_full_stops_is_the_headline():
    page = (
        "The Kelby Review\nSubscribe\nHealth\n"
        "A Rural Hospital Is Closing Its Maternity Ward. Mothers Will Drive 90 Miles.\nShare\n"
        "By Jo Roe\nMarch 3, 2025\n"
        "Pine Hollow Regional Medical Center will stop delivering babies on April 30, its administrators told "
        "staff on Monday.\n\nThe chief executive, Dolores Kincaid, said the unit had lost $3.8 million last year."
    )
    assert clean(page, "page.txt").title == (
        "A Rural Hospital Is Closing Its Maternity Ward. Mothers Will Drive 90 Miles."
    )


def test_a_staff_byline_naming_no_one_a_menu_in_another_script_and_a_placed_stamp_are_furniture():
    for line in ("Our Staff Reporter", "By Special Correspondent", "Express News Service", "होम", "ताज़ा ख़बरें"):
        assert is_furniture(line), line
    assert is_furniture("Charanpur, Updated: Mar 03, 2025 14:32 IST")
    assert author_line("Our Staff Reporter") is None
    assert not is_furniture("The reporter asked him where the money went.")


def test_a_staff_byline_still_signs_the_headline_above_it_and_names_no_author():
    page = (
        "The Kelby Sentinel\nहोम\nताज़ा ख़बरें\nराज्य\nE-Paper\nHome / State / Kelby\n"
        "Farmers block Kelby highway work, demand four times market rate for land\nOur Staff Reporter\n"
        "Kelby, Updated: Mar 03, 2025 14:32 IST\n"
        "More than 2,000 farmers from 14 villages blocked construction on the proposed expressway on Sunday.\n\n"
        "The protesters set up tents at the toll plaza site, police officials said."
    )
    article = clean(page, "page.txt")
    assert article.title == "Farmers block Kelby highway work, demand four times market rate for land"
    assert article.byline is None
    assert article.text.startswith("More than 2,000 farmers")


def test_a_quote_delay_note_a_republishing_note_a_nonprofits_lines_a_text_donation_and_a_reference_are_furniture():
    for line in (
        "Quote data delayed at least 15 minutes. Data provided by QuoteStream.",
        'This <a target="_blank" href="https://x.example/story">article</a> first appeared on Kelby Tribune.',
        "Kelby Tribune is a nonprofit, nonpartisan newsroom. Donations are tax-deductible to the extent allowed.",
        "Get breaking election updates on the KVLR 9 News app. Download now for iPhone and Android.",
        "Kelby Relief Fund: kelby.example/relief Red Cross chapter: Text KELBY to 90999 to give $10",
        "Kelby Health uses only high-quality sources, including peer-reviewed studies, to support the facts.",
        "A post shared by Jo Vale (@jovale) i love you all so much.",
        "3. National Sleep Council. Melatonin use in children and adolescents. Updated 2024.",
        "The Kelby Evening Star is part of Harlow Regional Media Ltd.",
    ):
        assert is_furniture(line), line
    for line in (
        "The food bank is a nonprofit that feeds 4,000 families.",
        "Residents can text HELP to 90999, the council said.",
        "Trains were delayed by 15 minutes on Monday.",
        "The hotel is part of Kelby Group.",
        "1. The council will cut bins. The plan starts in 2026.",
    ):
        assert not is_furniture(line), line


def test_a_box_head_is_no_byline_and_a_bracketed_note_number_goes():
    assert byline("BY THE NUMBERS") is None and byline("By Jo Roe") == "Jo Roe"
    assert strip_inline("It can affect the heart at high doses.[1] The label listed 3 milligrams.[2][3]") == (
        "It can affect the heart at high doses. The label listed 3 milligrams."
    )
    assert strip_inline("Item [1] on the agenda is the budget.") == "Item [1] on the agenda is the budget."


def test_a_document_viewers_title_controls_and_pleading_caption_go():
    page = (
        "Families sue water company over lead\n\nBy Jo Roe\n\n"
        "Twenty-two families in Kelby have sued the private water company that serves the city.\n\n"
        "Read the lawsuit:\n\nKelby Water complaint (Kelby Co. Sup. Ct.)\nDownload PDF\nPage 1 of 23\n"
        "Contributed to DocumentCloud by Jo Roe (Kelby Tribune)\n"
        "ROSA ABERNATHY-LUNA, et al., individually and on behalf of their minor children, Plaintiffs,\n\n"
        "The company said it would test every school fountain by March."
    )
    text = clean(page, "page.txt").text
    for furniture_text in ("complaint (Kelby", "Page 1 of", "DocumentCloud", "ABERNATHY", "Plaintiffs"):
        assert furniture_text not in text, furniture_text
    assert "The company said it would test every school fountain by March." in text
    assert not is_furniture("The lawyer for the defendants, Jo Roe, said they would appeal.")


def test_a_mastheads_name_an_issue_line_a_tagline_and_a_contents_box_are_furniture():
    for line in (
        "THE KELBY COAST STAR",
        "THE HOLLIN BRIDGE BULLETIN",
        "Issue 212 -- Friday 14 February 2025",
        "No. 9,412 | Thursday 12 June 2025",
        "A weekly round-up from your community council",
    ):
        assert is_furniture(line), line
    assert not is_furniture("FLOODS HIT KELBY")
    assert not is_furniture("The council issued a weekly update on Friday.")
    page = (
        "THE HOLLIN BRIDGE BULLETIN\nIssue 212 -- Friday 14 February 2025\n"
        "A weekly round-up from your community council\n\nIn this issue:\n  * Pool to reopen in April\n"
        "  * Volunteers wanted for litter pick\n\n\nSWIMMING POOL TO REOPEN IN APRIL AFTER ROOF REPAIRS\n\n"
        "Hollin Bridge swimming pool will reopen on 7 April after being closed for nearly a year, the district "
        "council confirmed this week."
    )
    assert clean(page, "page.txt").title == "SWIMMING POOL TO REOPEN IN APRIL AFTER ROOF REPAIRS"


def test_a_caption_with_a_barred_or_bracketed_credit_a_science_sites_notes_a_crime_charitys_box_and_a_bio_go():
    for line in (
        "The birthing center at Kelby Regional Hospital. | Photo by Jo Roe / The Kelby Ledger",
        "The birthing center at Kelby Regional Hospital. (Photo by Jo Roe / The Ledger)",
        "Gorvett A, Rybinski T. Seed coating improves wheat yield. J Field Crop Ecol, 2025; 41 (2): 118 DOI: "
        "10.5555/jfce.2025.0412",
        'University of Kelby. "Fungus helps wheat." Kelby Science. 8 April 2025. <www.kelbyscience.example/a.htm>.',
        "Keep up to date with the latest news from Kelby Science via social networks:",
        "Views expressed here do not necessarily reflect those of Kelby Science, its staff or its partners.",
        "Your source for the latest research news",
        "Crimestoppers is an independent charity. Your IP address is never traced and you will never have to go to "
        "court.",
        "Date: April 8, 2025",
        "Jo Roe is The Kelby Review's senior policy reporter. She covers privacy and the regulation of platforms.",
    ):
        assert is_furniture(line) or full_bio(line), line
    assert not is_furniture("The council met. Jo Roe said photos by Al Lee were used.")
    assert not full_bio("Jo Roe is Kelby Council's housing officer. She said the homes would open in May.")


def test_a_comment_under_its_commenters_name_and_stamp_goes_with_its_section():
    page = (
        "Algae bloom closes lake\n\nBy Jo Roe\n\nThe lake was closed on Monday after tests found toxic algae.\n\n"
        "The council said it would reopen the lake when two tests came back clear.\n\n"
        "Health officials said dogs were most at risk.\n\nComments (37)\nSort by: Newest\n"
        "FenlandRambler · 2 hours ago\nEvery year the same. Fine the polluters and it will stop overnight.\n"
        "Reply  Like (14)\n"
    )
    assert "Fine the polluters" not in clean(page, "page.txt").text


def test_a_cookie_banners_buttons_a_sponsors_message_and_a_sites_offers_and_notes_are_furniture():
    for line in (
        "Click Accept all to consent or Manage options to review your choices.",
        "A message from Harlow Energy:",
        "Get exclusive access to the Kelby Herald ePaper, an electronic replica of the print edition.",
        "You can manage saved articles in your account.",
        "Your guide to the day's biggest fights on Capitol Hill, delivered every weekday morning.",
        "Advertising and supporting contributions help keep paywalls away from valuable information like this.",
        "Contact the reporter at jroe@kelbycourier.com or follow on X @JoRoeNews.",
        "Read related topics:",
        "To join the conversation, please Log in. Don't have an account? Register",
    ):
        assert is_furniture(line), line
    assert not is_furniture("Milk is delivered every morning by the co-op, the farmers said.")
    page = (
        "Senate passes broadband bill\n\nBy Jo Roe\n\nThe Senate passed the broadband bill on Tuesday by 61 votes.\n\n"
        "A message from Harlow Energy:\nAmerica's grid is ready for the next generation of data centers. Harlow is "
        "investing $40 billion in new transmission lines across 14 states. See how we're building the grid.\n\n"
        "The bill's path in the House is less certain, its sponsors said."
    )
    text = clean(page, "page.txt").text
    assert "Harlow is investing" not in text and "The bill's path in the House is less certain" in text


def test_a_byline_with_its_post_after_a_dash_an_account_banner_a_student_papers_box_and_disclaimers_are_furniture():
    assert byline("By Jo Roe – Senior Reporter, Kelby Business Journal") == "Jo Roe"
    for line in (
        "Create a Website Account - Manage notification subscriptions, save form progress and more.",
        "The Kelby Courier is run entirely by Kelby students. Your donation helps cover printing and travel.",
        "The library belongs to everyone (Opinion pieces reflect the views of their authors and not necessarily ours.)",
        "The views expressed in the Opinion section are those of the authors and do not represent the paper's.",
    ):
        assert is_furniture(line), line
    assert not is_furniture("The mayor said the views of residents were clear.")


def test_a_caption_dated_by_a_months_short_form_goes_above_its_credit():
    page = (
        "Hospital to stop delivering babies\n\nBy Jo Roe\n\nListen • 4:12\n"
        "Nurse Jo Lee walks through the empty labor unit at Kelby Regional Medical Center on Feb. 26.\n"
        "Al Fenn / KPRW\n"
        "Kelby Regional Medical Center will stop delivering babies on May 1, hospital officials announced Friday."
    )
    text = clean(page, "page.txt").text
    assert "Nurse Jo Lee walks" not in text and text.startswith("Kelby Regional Medical Center will stop")


def test_a_membership_box_an_audio_cards_duration_and_a_caption_printed_twice_go():
    for line in (
        "Not a member yet? Join the KWU today from £2.10 a week and get protection at work from day one.",
        "Join Kelby Union today from £1.30 a month.",
        "Duration: 4′ 21″",
    ):
        assert is_furniture(line), line
    assert not is_furniture("Join us today at the town hall, the mayor said.")
    page = (
        "Ferry to return in May\n\nBy Jo Roe\n\nResidents of Kestra will have their ferry back in May.\n\n"
        "The MV Kelby at the pier last autumn.\nThe MV Kelby at the pier last autumn. The vessel has been out since "
        "January.\nPhotograph: Jo Lee/Kelby Images\n"
        "The company said it would add a second sailing on Saturdays."
    )
    text = clean(page, "page.txt").text
    assert "MV Kelby at the pier" not in text and "add a second sailing on Saturdays" in text
    audio = (
        "Cable repair delayed\n\nBy Jo Roe\n\nThe island's only internet cable is still down, officials said.\n\n"
        "Audio\nDuration: 4′ 21″\nDesk reporter Jo Lee speaks to the cable company's chief executive\n\n"
        "The company said a repair ship would arrive next week."
    )
    assert "Desk reporter Jo Lee speaks" not in clean(audio, "page.txt").text


def test_a_date_then_a_byline_on_one_line_is_furniture_that_signs_the_headline():
    assert (
        is_furniture("March 6, 2025 by Jo Roe, Kelby") and credited_author("March 6, 2025 by Jo Roe, Kelby") == "Jo Roe"
    )
    assert not is_furniture("In 2025 by the river the council built a park.")
    page = (
        "Skip to content\nThursday, March 6, 2025\nLatest:\nSenate confirms new service chiefs\n"
        "Naira firms at parallel market\nThe Kelby Beacon\nHome\nNews\n"
        "State promises N2.5bn to rebuild razed market, traders count losses\nMarch 6, 2025 by Jo Roe, Kelby\n"
        "The state government has promised to release N2.5bn to rebuild the market after a fire on Tuesday night."
    )
    assert clean(page, "page.txt").title == "State promises N2.5bn to rebuild razed market, traders count losses"


def test_a_live_blogs_coverage_line_is_its_byline():
    article = clean("Title here\n\nLive coverage by Ama Mensah in Kelby and Jo Roe\n\nThe jury retired on Monday.", "t")
    assert article.byline == "Ama Mensah"
    assert article.paragraphs == ("The jury retired on Monday.",)
    assert furniture.byline("Coverage by the BBC of the election was criticised.") is None


def test_a_bio_with_a_capitalised_post_or_an_editor_in_chief_goes():
    for bio in (
        "Ada Vey is a Senior Reporter at the Gulf Post covering transport. She joined the paper in 2019.",
        "Jo Roe is editor-in-chief of Cold Store Review. He has covered logistics since 2009.",
    ):
        text = f"Metro line approved\n\nThe authority approved the metro line on Monday.\n{bio}\nTopics"
        assert clean(text, "t").paragraphs == ("The authority approved the metro line on Monday.",)
    assert furniture.full_bio("Jo Lee is a Senior Vice President at Acme. She joined the firm in 2019.") is False


@pytest.mark.parametrize(
    "note",
    [
        "This article was originally written in German.",
        "It was translated from Spanish.",
        "Cold Store Review is published by Meridian Trade Media.",
    ],
)
def test_a_note_on_the_texts_language_or_its_publisher_is_furniture(note):
    assert furniture.is_furniture(note)


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was written in English by officials.",
        "The book is published by Penguin in May and tells the story.",
        "The novel, published by Penguin, sold 2m copies.",
    ],
)
def test_a_sentence_about_writing_or_publishing_stays(sentence):
    assert not furniture.is_furniture(sentence)


def test_a_caption_credited_to_the_papers_files_goes():
    text = (
        "Metro line approved\n\nThe authority approved the new metro line on Monday, officials said.\n\n"
        "File photo of a train at Airport station. Gulf Post file\nResidents welcomed the news on Tuesday.\n"
    )
    assert clean(text, "t").paragraphs[1:] == ("Residents welcomed the news on Tuesday.",)


def test_a_related_headline_set_as_a_sentence_goes_with_the_other_titles():
    text = (
        "Town told to boil water\n\nResidents of Kelby must boil their water, the town said on Monday.\n"
        "RELATED STORIES\nKelby residents told to boil water after E. coli found\n"
        "Provincial auditor flags aging water plants in 14 towns.\nProvince promises review of water funding\n"
    )
    assert clean(text, "t").paragraphs == ("Residents of Kelby must boil their water, the town said on Monday.",)


def test_the_story_going_on_below_an_also_read_box_stays():
    text = (
        "Market fire\n\nA fire destroyed 40 stalls at Kelby market on Sunday, police said.\nALSO READ\n"
        "Kelby cement workers down tools over unpaid arrears\nThis is the third fire at a market in the region.\n"
        "Traders asked for extinguishers.\n"
    )
    assert clean(text, "t").paragraphs[1:] == (
        "This is the third fire at a market in the region.",
        "Traders asked for extinguishers.",
    )


def test_a_caption_with_a_credit_in_capitals_goes():
    text = (
        "Title\n\nThe council met on Monday, officials said.\n"
        "Members of the public in the gallery at County Buildings. PIC: JO ROE\n"
        "Local farmer Ada Quinn said her members would engage in good faith.\n"
    )
    assert clean(text, "t").paragraphs == (
        "The council met on Monday, officials said.",
        "Local farmer Ada Quinn said her members would engage in good faith.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "By submitting a comment, you accept that KBN has the right to reproduce and publish that comment.",
        "Pseudonyms will no longer be permitted.",
        "Already have a KBN account?",
        "Your gift matters. KXYZ depends on the support of listeners like you.",
        "KXYZ is a member station of the Example Public Media network.",
    ],
)
def test_a_comment_sections_terms_and_a_member_stations_appeal_are_furniture(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "sentence",
    ["Your support matters to the team, the coach told fans.", "Already have a plan for the winter, the farmers said."],
)
def test_a_sentence_like_a_stations_appeal_stays(sentence):
    assert not furniture.is_furniture(sentence)


def test_a_drop_cap_on_its_own_line_joins_its_word():
    text = "The last boatyard\n\nW\nhen Ada Vail arrived at the boatyard in 1984, there were eleven yards.\n"
    assert clean(text, "t").paragraphs == ("When Ada Vail arrived at the boatyard in 1984, there were eleven yards.",)
    text = "The last boatyard\n\nA\nlong way from the sea, the yard still builds boats.\n"
    assert clean(text, "t").paragraphs == ("A long way from the sea, the yard still builds boats.",)


def test_a_menus_label_heads_its_sections_not_the_headline_below_them():
    text = (
        "Skip to Main Content\nKBN News\nMenu\nSign In\nQuick Links\nNews\nSports\nListen Live\nProvince\n"
        "Kelby boil-water advisory ends as province commits $14M for new treatment plant\n"
        "Residents have been boiling tap water for 19 months\nAda Quinn · KBN News\n"
        "Posted: Mar 04, 2025 6:00 AM CST\n"
        "The town of Kelby lifted a boil-water advisory on Monday that had been in place for 19 months.\n"
        "The province will pay for a new plant, the minister said.\n"
    )
    assert clean(text, "t").title == "Kelby boil-water advisory ends as province commits $14M for new treatment plant"


def test_a_newsletters_two_sentence_headline_signed_by_its_author_is_the_title():
    text = (
        "The Kelby Letter\nSubscribe\nSign in\nKelby's jail health contract quietly doubled. Nobody voted on it.\n"
        'A $6.1 million amendment went through as a "consent item." Here is what the records show.\n'
        "Ada Quinn\nFeb 12, 2026\n412\nShare\n"
        "County commissioners approved a contract amendment in December that doubled what the county pays.\n"
        "The meeting minutes show the consent agenda passed 4-0 in under a minute.\n"
    )
    assert clean(text, "t").title == "Kelby's jail health contract quietly doubled. Nobody voted on it."
    text = text.replace(
        "Kelby's jail health contract quietly doubled. Nobody voted on it.",
        "Kelby buses cut to one an hour. Nobody was asked.",
    )
    assert clean(text, "t").title == "Kelby buses cut to one an hour. Nobody was asked."


def test_a_video_label_in_the_menu_takes_no_headline_below_it():
    text = (
        "Skip to content\nKTVK 7 News\nSearch\nWatch Now\nWEATHER ALERT\nWatch Now\nNews\nLocal News\nWeather\n"
        "Top Stories\nRural Kelby hospital to stop delivering babies, leaving mothers an hour from care\n"
        "by: ADA QUINN, Associated Press\nPosted: Mar 4, 2025 / 02:18 PM CST\n"
        "The only hospital in a corner of southern Kelby will stop delivering babies at the end of April, its owner "
        "said Tuesday.\nThe owner said it could not staff the unit.\n"
    )
    assert clean(text, "t").title == "Rural Kelby hospital to stop delivering babies, leaving mothers an hour from care"
    video = (
        "Title\n\nThe council met on Monday, officials said.\nWatch\nResidents line up for water in Kelby\nIt rained.\n"
    )
    assert clean(video, "t").paragraphs == ("The council met on Monday, officials said.", "It rained.")


@pytest.mark.parametrize("label", ["e-Paper", "ePaper", "e-Edition", "Today's Paper", "Login"])
def test_a_print_editions_link_is_furniture(label):
    assert furniture.is_furniture(label)


@pytest.mark.parametrize(
    "caption",
    [
        "A haul truck moves through the open pit at the Tasca mine in Chile, March 14, 2023. "
        "REUTERS/Ada Quinn/File Photo",
        "Riders board a Route 9 bus on Canal Street in Kelby on Feb. 27, 2025. The route will be the first in the city "
        "to get dedicated bus lanes. (Jo Roe / Kelby Tribune)",
    ],
)
def test_a_caption_with_a_files_credit_or_an_abbreviated_date_is_furniture(caption):
    assert furniture.is_furniture(caption)


def test_a_paywalls_notice_is_furniture_and_an_offer_to_members_stays():
    assert furniture.is_furniture(
        "This is a Premium article available exclusively to our subscribers. To read 250+ such premium articles every "
        "month"
    )
    assert furniture.is_furniture("You have exhausted your free article limit.")
    assert not furniture.is_furniture("The offer is available exclusively to our members, the club said.")


def test_a_related_title_under_its_sections_label_goes_whatever_its_ending():
    text = (
        "Title\n\nThe council approved the bus lanes on Monday, officials said.\nRelated Articles\n"
        "Letters: Canal Street deserves better than paint and promises.\n"
        "Opinion: Bus lanes work. Ask any city that has tried them.\n"
    )
    assert clean(text, "t").paragraphs == ("The council approved the bus lanes on Monday, officials said.",)


@pytest.mark.parametrize(
    "line",
    [
        "Interact with The Kelby Record",
        "Welcome to The Kelby Record's comment community. This is a space where subscribers can engage with each "
        "other and Kelby Record staff.",
    ],
)
def test_a_comment_communitys_welcome_is_furniture(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "sentence",
    ["Welcome to Kelby, the mayor said.", "Residents can interact with the council online, a spokesman said."],
)
def test_a_welcome_in_the_story_stays(sentence):
    assert not furniture.is_furniture(sentence)


@pytest.mark.parametrize(
    "line", ["If you have inside knowledge of a topic in the news, contact KBN.", "Open this photo in gallery:"]
)
def test_a_news_tip_prompt_and_a_gallery_button_are_furniture(line):
    assert furniture.is_furniture(line)


def test_a_police_appeal_in_the_story_stays():
    assert not furniture.is_furniture("If you have information about the crash, contact police on 101, officers said.")


def test_a_one_sentence_bio_that_names_the_beat_goes_wherever_it_stands():
    text = (
        "Lift upgrades for 40 blocks\n\nKelby Town Council will upgrade lifts in 40 blocks by 2027, it said.\n"
        "Ada Quinn is a senior correspondent at The Kelby Times, covering housing and ageing issues.\n"
        "Copyright 2025. Kelby Press Holdings Ltd.\nWe are experiencing some problems, please try again later.\n"
    )
    assert clean(text, "t").paragraphs == ("Kelby Town Council will upgrade lifts in 40 blocks by 2027, it said.",)
    assert not furniture.full_bio("Jo Marsh is a reporter for the Courier who was detained on Monday.")


def test_a_corrections_earlier_version_line_is_furniture():
    assert furniture.is_furniture(
        "An earlier version said the fine was the largest ever imposed on a water company; it is one of the largest."
    )
    assert not furniture.is_furniture("The report was amended on Monday to remove the names, the council said.")


def test_a_videos_caption_under_its_players_time_goes():
    text = (
        "Title\n\nThe council met on Monday, officials said.\nPlay Video\n0:00 / 1:02\n"
        "Beachgoers react to the surf club audit. Source: Coast Mail\n"
        "Mayor Jo Lee said the council would withhold the grant.\n"
    )
    assert clean(text, "t").paragraphs == (
        "The council met on Monday, officials said.",
        "Mayor Jo Lee said the council would withhold the grant.",
    )


def test_a_summary_labelled_in_short_goes_but_whats_next_under_it_stays():
    text = (
        "Kelby dam falls to 31 per cent\n\nBy Jo Roe\n\nIn short:\n"
        "Level 3 water restrictions will apply in Kelby and three nearby towns from Monday, banning sprinklers.\n"
        "Kelby Dam, the town's main supply, is at its lowest level since 2016.\n"
        "What's next?\n"
        "Kelby Council will vote on trucking in water at its April meeting.\n"
        "Residents of Kelby will be banned from using sprinklers from Monday as the region's main water supply falls "
        "to its lowest level in nearly a decade.\n"
        "The dam was at 31 per cent capacity on Monday."
    )
    paragraphs = clean(text, "t").paragraphs
    assert paragraphs[0] == "Kelby Council will vote on trucking in water at its April meeting."
    assert paragraphs[1].startswith("Residents of Kelby will be banned")
    assert not any("banning sprinklers" in p or "lowest level since 2016" in p for p in paragraphs)


def test_a_summary_under_its_label_is_one_paragraph():
    text = (
        "Hedgerow soil helps young oaks survive drought\n\nDate:\nApril 3, 2025\nSummary:\n"
        "Young oaks planted with old hedgerow soil were more likely to survive a drought, a new study finds. "
        "Fungi in the soil appear to extend the reach of the roots.\n"
        "Young oak trees grown in soil from old hedgerows were twice as likely to survive a severe drought, "
        "according to a study by researchers at the University of Kelby.\n"
        "The team planted 1,200 saplings across six sites in 2021."
    )
    paragraphs = clean(text, "t").paragraphs
    assert paragraphs[0].startswith("Young oak trees grown in soil from old hedgerows")
    assert len(paragraphs) == 2


def test_a_subhead_whats_next_keeps_the_paragraph_under_it():
    text = (
        "Bus route to close\n\nThe Kelby bus route will close in June, the operator said.\n\n"
        "Parents said the change would add an hour to the school run.\n\nWhat's next?\n\n"
        "The operator says it will give families an update before the school holidays."
    )
    assert clean(text, "t").paragraphs[-1].startswith("The operator says it will give families an update")


def test_a_links_note_on_where_it_opens_goes_from_its_sentence_and_its_label_goes_whole():
    text = (
        "Corvane shares jump on results\n\nCorvane shares rose 8% on Thursday after the company beat forecasts.\n\n"
        "Rival Halbrook Brands (HLBK.N), opens new tab, which reports results next week, fell 1.2%.\n\n"
        "Analysts said the results were strong.\n\nPurchase Licensing Rights, opens new tab"
    )
    assert clean(text, "t").paragraphs == (
        "Corvane shares rose 8% on Thursday after the company beat forecasts.",
        "Rival Halbrook Brands (HLBK.N), which reports results next week, fell 1.2%.",
        "Analysts said the results were strong.",
    )


def test_a_tv_stations_video_player_and_its_signed_off_description_go():
    text = (
        "KQRV 7 Marlow Springs\nLOCAL NEWS\nElm Street bridge will close for 14 months\n"
        "Author: Jo Roe\nPublished: 5:42 PM CDT May 12, 2025\nNext up in 5\n"
        "Example video title will go here for this video\n"
        "To stream KQRV 7 on your phone, you need the KQRV 7 app.\nMore Videos\nNext up in 5\n"
        "Kelby drivers brace for bridge closure\n"
        "Supervisors say the new span could open by fall 2026. Jo Roe reports.\n"
        "The Kelby County Board of Supervisors voted 4-1 on Monday night to close the Elm Street bridge in July.\n"
        "The project will cost an estimated $8.4 million, the county engineer said."
    )
    article = clean(text, "t")
    assert article.title == "Elm Street bridge will close for 14 months"
    assert article.paragraphs[0].startswith("The Kelby County Board of Supervisors voted")


@pytest.mark.parametrize("line", ["Revenue rose 4%, Reuters reports.", "The mayor resigned, the Kelby Times reports."])
def test_a_story_sentence_citing_another_outlets_report_stays(line):
    assert not furniture.is_furniture(line)


@pytest.mark.parametrize(
    "note",
    [
        "When you subscribe we will use the information you provide to send you these newsletters. Sometimes "
        "they'll include recommendations for other related newsletters or services we offer. Our Privacy Notice "
        "explains more about how we use your data, and your rights. You can unsubscribe at any time.",
        "Jo joined the Echo in 2019 after training on the Kelby Journal. She covers transport, health and the "
        "villages north of Kelby.",
        "The Kelby Courier acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and "
        "Traditional Custodians of the lands where we live, learn, and work.",
        "Kelbwelle's reporting relies on its own correspondents, local sources and agency material.",
        "While you're here: Every weekday, Kelbwelle editors send out a selection of the day's news. Sign up here.",
        "Stay in the loop! Follow the Kelby Ledger channel on WhatsApp for news that matters. Click here to join.",
        "The Kelby Ledger subscribes to the Press Code and the Press Council of South Africa.",
        "We have been experiencing some problems with subscriber log-ins and apologise for the inconvenience caused. "
        "Until we resolve the issues, subscribers need not log in to access our articles. But a log-in is still "
        "required for our PDFs.",
    ],
)
def test_a_sites_notes_in_its_own_voice_go_whole(note):
    text = (
        f"Bus route to close\n\nThe Kelby bus route will close in June, the operator said.\n\n{note}\n\nIt runs hourly."
    )
    assert clean(text, "t").paragraphs == (
        "The Kelby bus route will close in June, the operator said.",
        "It runs hourly.",
    )


def test_a_story_sentence_about_traditional_owners_stays():
    line = "The land council said the traditional owners of the lands where the mine sits would be consulted."
    assert not furniture.is_furniture(line) and furniture.strip_inline(line) == line


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Juvenile coho salmon in a raceway at the hatchery, which releases 1.2 million fish a year.",
         "Credit...Ada Pena for The Daily Kelby"),
        ("Jo Lee, the hatchery manager, has told employees the hatchery will stop taking eggs on April 1.",
         "Credit...Ada Pena for The Daily Kelby"),
        ("The ferry Wren Islander sits docked at Port Kelby on Monday, March 3, 2025.", "Gil Marchand - staff, AP"),
    ],
)  # fmt: skip
def test_a_caption_over_a_papers_or_a_wires_credit_goes_with_it(caption, credit):
    text = (
        "Hatchery to stop taking eggs\n\nFederal grants that kept the Kelby hatchery running expired in January.\n\n"
        f"{caption}\n{credit}\n\nThe hatchery raises about 1.2 million salmon a year."
    )
    assert clean(text, "t").paragraphs == (
        "Federal grants that kept the Kelby hatchery running expired in January.",
        "The hatchery raises about 1.2 million salmon a year.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Residents can follow the council channel on WhatsApp for updates, the mayor said.",
        "Parents said they would join a group on WhatsApp to organise car pools.",
        "Stay in the loop, the mayor told residents, as the water crisis deepened.",
    ],
)
def test_a_story_sentence_about_a_messaging_channel_stays(line):
    assert not furniture.is_furniture(line) and furniture.strip_inline(line) == line


@pytest.mark.parametrize(
    "caption",
    [
        "SMASHED The intruder broke a pane in the kitchen door to get into the house Credit: Kelby Press Agency",
        "Welders at work in the Kelby yard, which has built ships since 1887 Credit: Jo Roe for the Sunday Desk",
    ],
)
def test_a_caption_ending_in_its_credit_after_a_space_goes_from_the_paragraph_under_it(caption):
    text = (
        "Gran chases burglar\n\nA gran chased a burglar out of her home with her walking stick on Monday.\n\n"
        f"{caption}\nThe intruder, described as white and in his twenties, fled through the back garden."
    )
    assert clean(text, "t").paragraphs == (
        "A gran chased a burglar out of her home with her walking stick on Monday.",
        "The intruder, described as white and in his twenties, fled through the back garden.",
    )


def test_a_credit_word_inside_a_story_sentence_stays():
    line = "The family said they would claim the tax credit: no one else has."
    assert not furniture.is_furniture(line) and furniture.strip_inline(line) == line


def test_points_under_a_generated_by_ai_label_go_and_the_lede_under_them_stays():
    text = (
        "Kelby food centre to trial tray robots\n\nJo Roe\nMar 14, 2025, 06:00 PM\nSummary\nGenerated by AI\n"
        "Kelby Food Centre to trial robotic tray collection from May.\n"
        "All 46 stalls will go cashless, with help for older hawkers.\n"
        "KELBY – Diners at a hawker centre in Kelby will soon have their trays cleared by robots, as part of a "
        "one-year trial aimed at easing a shortage of cleaners.\n"
        "From May, six robots will patrol the centre during peak hours, the minister said."
    )
    paragraphs = clean(text, "t").paragraphs
    assert "Diners at a hawker centre in Kelby" in paragraphs[0]
    assert not any("robotic tray collection" in p or "older hawkers" in p for p in paragraphs)


def test_a_caption_over_its_credit_and_a_hide_caption_button_goes():
    text = (
        "Kelby hospital closes its ER\nMarch 14, 2025 5:07 AM ET\nHeard on Morning Edition\nJo Roe\n6-Minute Listen\n"
        "Playlist\nDownload\nEmbed\nTranscript\n"
        "Kelby Regional Hospital will stop offering emergency care on March 31.\nJo Roe/KLBY\nhide caption\n"
        "toggle caption\nJo Roe/KLBY\n"
        "The only emergency room in Kelby is closing at the end of the month, the hospital's owner said on Monday.\n"
        "About 11,000 people will be more than an hour from the nearest emergency room."
    )
    paragraphs = clean(text, "t").paragraphs
    assert paragraphs[0].startswith("The only emergency room in Kelby")
    assert not any("will stop offering emergency care" in p for p in paragraphs)


@pytest.mark.parametrize(
    "note",
    [
        "Closed Captioning and Described Video is available for many Kelby shows offered on Kelby Play.",
        "Voiced by artificial intelligence.",
        "Subscribe to Morning Farm Pro for the latest on EU farm and fisheries policy. Request a free trial.",
        "*Terms and conditions apply.",
        "Follow topic:",
        "Follow Kelby News English:",
        "This audio is auto-generated. Please let us know if you have feedback.",
        "Copied!",
        "Kelby Health News is a national newsroom that produces in-depth journalism about health. Learn more.",
        "This story can be republished for free (details).",
        "We'd like to speak with current and former staff at rural clinics. Click here to contact our team.",
        "jroe@kelbyhealth.org,",
        "Want to support Kelby News? Join Kelby+ and get exclusive content.",
    ],
)
def test_a_sites_access_notes_pitches_and_follow_buttons_go(note):
    text = (
        "Kelby council agrees budget\n\nKelby Council agreed its budget on Monday, raising council tax by 4.9%.\n"
        f"{note}\nThe council said the rise would pay for social care."
    )
    assert clean(text, "t").paragraphs == (
        "Kelby Council agreed its budget on Monday, raising council tax by 4.9%.",
        "The council said the rise would pay for social care.",
    )


def test_a_published_note_over_the_headline_and_a_caption_phrase_with_its_glued_credit_go():
    text = (
        "Politics\nEducation\nThis was published 3 hours ago\n"
        "Kelby parents told to wait until 2029 for a high school\nBy Jo Roe\n"
        "Parents in one of Kelby's fastest-growing suburbs have been told their children will not have a local "
        "high school until 2029.\n"
        "Year 6 students at Kelby Public School at pick-up on Wednesday. Their families had expected a local high "
        "school to open in 2026.Credit: Ann Vey\n"
        "Education Minister Carla Dene said the government would open a temporary campus next year."
    )
    article = clean(text, "t")
    assert article.title == "Kelby parents told to wait until 2029 for a high school"
    assert not any("pick-up" in p or "Credit" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 2


def test_a_business_dailys_header_glued_links_widgets_newsletter_promo_and_placed_authors_go():
    text = (
        "Accessibility helpSkip to navigationSkip to contentSkip to footer\nSign InSubscribe\n"
        "Open side navigation menuOpen search bar\nKelby Times\nSubscribe\nSearch the KT\nMining\nAdd to myKT\n"
        "Acme agrees $6.8bn takeover by Bolt in biggest mining deal of the year\n"
        "Swiss-listed group to pay 31% premium as it bets on a recovery in platinum\n"
        "Unlock the Editor's Digest for free\n"
        "Ann Vey, Editor of the KT, selects her favourite stories in this weekly newsletter.\n"
        "Tom Hale in Johannesburg and Priya Nair in London\nPublished 2 hours ago\n\n"
        "Bolt, the Swiss-listed commodities group, has agreed to buy South African miner Acme for $6.8bn in cash "
        "and shares.\n\nThe offer represents a premium of 31 per cent to Acme's closing price on Monday."
    )
    article = clean(text, "t")
    assert article.title == "Acme agrees $6.8bn takeover by Bolt in biggest mining deal of the year"
    assert article.byline == "Tom Hale"
    assert article.paragraphs[-2].startswith("Bolt, the Swiss-listed commodities group")
    assert not any("favourite stories" in p or "Digest" in p for p in article.paragraphs)


def test_one_reporter_in_a_place_is_no_byline_without_by():
    assert furniture.byline("Taylor Swift in Tokyo") is None
    assert furniture.byline("Tom Hale in Johannesburg and Priya Nair in London") == "Tom Hale"


def test_a_sites_name_over_its_logos_text_is_no_headline_nor_a_headline_joined_to_its_standfirst():
    text = (
        "Skip to main content\nThe Kelby Wire\nThe Kelby Wire logo.\nThe Kelby Wire homepage\nTech\nReviews\n"
        "Science\nEntertainment\nAI\nPolicy\nMenu\nTech\nGadgets\nE-readers\n\n"
        "Halden's new e-reader has a color screen, a real stylus, and a battery that lasts six weeks\n"
        "The Norwegian company is taking on Kindle and Kobo with a $249 device that can be repaired at home.\n\n"
        "by Dana Roe\nMar 11, 2025, 4:15 PM UTC\nShare this story\n\n"
        "Halden, the small Oslo-based company best known for its paper-like tablets, is launching its first color "
        "e-reader. The Fjell 2 costs $249 and goes on sale next month."
    )
    article = clean(text, "t")
    assert (
        article.title == "Halden's new e-reader has a color screen, a real stylus, and a battery that lasts six weeks"
    )
    assert not any("Kelby Wire" in p for p in article.paragraphs)


def test_a_two_part_headline_asking_a_question_under_a_section_trail_is_the_title():
    text = (
        "Skip to content\nThe Kelby Review\nMenu\n\nFinance & economics | Glazed and confused\n\n"
        "Portugal's tile-makers are booming. Can it last?\n\n"
        "A centuries-old craft has become an unlikely export star\n\nMar 6th 2025|AVEIRO\n\n"
        "Listen to this story.\nEnjoy more audio and podcasts on iOS or Android.\n\n"
        "On a wet morning in Aveiro, a kiln the size of a railway carriage is cooling down. Inside are 40,000 tiles."
    )
    article = clean(text, "t")
    assert article.title == "Portugal's tile-makers are booming. Can it last?"
    assert not any("podcasts on iOS" in p for p in article.paragraphs)


def test_a_cookie_banner_over_the_page_goes():
    text = (
        "We use cookies to ensure you get the best experience on our websites. By continuing, you are agreeing to "
        "our use of cookies. To find out more, please click this link.\nAccept\n\nKELBY.net\nNEWS\nREGIONS\n\n"
        "500 families told to leave mountain village as cracks widen\n\n"
        "Authorities in Kelby have ordered the evacuation of about 500 families from a mountain village after cracks "
        "in the slope above their homes widened.\n\nThe mayor said 312 families had already moved to the gym."
    )
    article = clean(text, "t")
    assert article.title == "500 families told to leave mountain village as cracks widen"
    assert article.paragraphs[0].startswith("Authorities in Kelby")


def test_a_reviewers_bio_under_the_story_goes():
    assert furniture.author_bio(
        "Dana Roe is a senior reviewer covering e-readers, tablets, and the occasional smart notebook."
    )


def test_the_points_under_a_note_that_a_machine_wrote_them_go():
    text = (
        "Kelby orders relocation of 300 riverside families\n\nSummary\n"
        "This is AI generated summarization, which may have errors. For context, always refer to the full article.\n"
        "The town of Kelby will relocate about 300 families living along the river before work begins in May.\n"
        "Families will get cash aid and lots at a resettlement site in Barangay San Roque.\n\n"
        "The municipal government of Kelby has ordered about 300 families living along the Malinta River to move.\n\n"
        "Mayor Jo Villa signed the order on Monday after a public consultation."
    )
    paragraphs = clean(text, "t").paragraphs
    assert paragraphs[0].startswith("The municipal government of Kelby")
    assert not any("cash aid" in p for p in paragraphs)


def test_an_authors_name_dashed_from_the_date_signs_the_headline_above_its_standfirst():
    text = (
        "Battery recycler's permit stalls over groundwater worries in river town\n"
        "Kelby Cell Recovery says its process is closed-loop. Neighbours want proof.\n"
        "Jo Roe - Jan 14, 2025 3:45 pm UTC\n"
        "Enlarge / Shredded lithium-ion cells, known as black mass, at a recycling facility. Kelby Cell Recovery says "
        "its plant would process 20,000 tons of batteries a year, more than any other in the region.\n"
        "A company that wants to build a battery recycling plant in Kelby has run into resistance from residents.\n"
        "The state said it would extend the public comment period."
    )
    article = clean(text, "t")
    assert article.title == "Battery recycler's permit stalls over groundwater worries in river town"
    assert not any("Enlarge" in p or "Jo Roe" in p for p in article.paragraphs)


def test_a_caption_under_a_pictures_button_goes_with_its_glued_credit():
    text = (
        "Kelby fares rise by 25 cents\n\nBy Jo Roe\n"
        "Open this photo in gallery:\n"
        "A Kelby Transit bus waits at the King Street terminal in January. The agency expects ridership to recover "
        "fully this year.Sam Hart/The Kelby Mail\n"
        "Transit riders in Kelby will pay 25 cents more for a single fare starting in April.\n"
        "Council approved the increase 9-4 late Monday after more than five hours of debate.\n"
    )
    assert clean(text, "t").paragraphs[0].startswith("Transit riders in Kelby will pay")


def test_an_authors_picture_named_by_its_alt_text_signs_the_headline_and_their_name_goes():
    text = (
        "Kelby\nSchools\nKelby School Board Approves $3.2M Roof Fix For Lindell Middle School\n"
        "The board voted 7-2 to borrow for repairs after a heating failure closed the school.\n"
        "Jo Roe's profile picture\nJo Roe,\nPatch Staff\n"
        "The Kelby Board of Education voted Monday night to borrow $3.2 million to replace the roof.\n"
        "The board approved the plan 7-2 after a lengthy public comment session."
    )
    article = clean(text, "t")
    assert article.title == "Kelby School Board Approves $3.2M Roof Fix For Lindell Middle School"
    assert article.byline == "Jo Roe"
    assert not any("Jo Roe" in p for p in article.paragraphs)


def test_a_comment_section_after_the_story_goes_whole():
    story = (
        "Kelby council backs rental rules\n\nKelby council voted 9-2 to protect tenants displaced by demolitions.\n\n"
        "The bylaw applies to applications filed after March 1.\n\nThe province said it would review the bylaw.\n\n"
    )
    comments = (
        "Conversations are opinions of our readers and are subject to the Code of Conduct. The Kelby Star does not "
        "endorse these opinions.\n\nSort by Best\n\nDarren K.\n1 hour ago\n"
        "This will kill new construction. Watch how fast the cranes leave.\nReply\n6\n\n"
        'Gordon Tse\n"You build with the people who already live here" — great line, now fund it.\n'
    )
    paragraphs = clean(story + comments, "t").paragraphs
    assert paragraphs[-1] == "The province said it would review the bylaw."
    assert len(paragraphs) == 3


def test_an_authors_bio_above_a_membership_pitch_at_the_end_goes_with_it():
    text = (
        "Kelby orders relocation of riverside families\n\nThe council of Kelby has ordered 300 families to move.\n\n"
        "The mayor said the council would review the list next week.\n\n"
        "Jo Roe is a Kelby News contributor based in Marlow.\n\n"
        "Want to support Kelby News? Join Kelby+ and get exclusive content."
    )
    assert clean(text, "t").paragraphs[-1] == "The mayor said the council would review the list next week."


def test_a_caption_closed_by_its_photographers_name_and_address_goes():
    text = (
        "Condo owners face $38,000 bills\n\nOwners at the Bayshore condominium must pay an average of $38,000.\n\n"
        "Residents of the Bayshore condominium gather in the lobby on Tuesday, March 4, 2025, in Kelby, Florida. "
        "Pedro Vallarta pvallarta@kelbyherald.com\n\nThe board said it would vote on a payment plan in April."
    )
    paragraphs = clean(text, "t").paragraphs
    assert not any("Vallarta" in p for p in paragraphs)
    assert len(paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Expand/collapse submenu for Music",
        "Toggle more options",
        "Keyboard shortcuts for audio player",
        "Kelby Post AI is in beta. Translations may contain inaccuracies—please refer to the original content.",
        "We rely on advertising to help fund our award-winning journalism.",
        "We urge you to turn off your ad blocker for The Kelby Herald website so that you can continue to read.",
        "Need help? Visit our adblocking instructions page.",
        "Need help? Reach us here.",
        "Update 8/5/24, 2:08 p.m. ET: This article was updated with a statement from SkyCrate.",
        "Comments are moderated. Please keep conversations civil and on topic.",
        "This story comes from KPR's health reporting partnership with Kelby Public Media and the Health Desk.",
        "The Kelby Power newsletter provides everything you need to know about the global energy industry.",
        "Kelbywire, the news and media division of Kelby Group, is the world's largest multimedia news provider.",
        "Kelbywire provides business, financial, national and international news to professionals via terminals.",
        "[1/3]Trucks drive past evaporation ponds at a lithium operation in northern Chile, March 2, 2023.",
    ],
)
def test_a_sites_controls_banners_pleas_credits_and_boilerplate_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said it would update residents next week.",
        "The newsletter was sent to 4,000 homes, the group said.",
        "Ms Lee said the partnership with the college would continue.",
        "The agency provides news to farmers by text message, its director said.",
    ],
)
def test_story_sentences_near_those_words_are_not_furniture(line):
    assert not is_furniture(line)


def test_an_authors_beat_naming_them_by_the_given_name_is_their_bio():
    names = "Natalia Ibarra and Tomás Lechner"
    assert furniture.bio_of(
        "Tomás reports on Chilean markets, companies and the economy, with a focus on lithium.", names
    )
    assert not furniture.bio_of("Tomás Rey reports on Chilean markets for the Kelby Times.", "Ana Ruiz")


@pytest.mark.parametrize(
    "line",
    [
        "Read a summary of this article on FAST.",
        "Kelby.com.au may receive a commission when you buy through links on our site.",
        "A morning newsletter to help you get going. Join us each morning for the top news stories.",
        "Have an account? Log in.",
        "Did you know with an ad-lite subscription to The Kelby Herald, you get 70% fewer ads?",
        "Sorry, there seem to be some issues. Please try again later.",
        "Kelby World encourages reader discussion on our stories. Please review our Community Guidelines.",
        "Watch the latest edition of BizTech on Kelby TV below:",
        "Send your news stories to news@kelby.com and features to features@kelby.com.",
        "Support Kelby Herald's journalism. Become a Kelby Insider and help us keep our reporting free.",
        "By Jo Roe Globe Staff,Updated March 18, 2025, 6:04 p.m.",
        "Learners share a single textbook at Kelby High School in Lower Gqunu on 14 March 2025. (Photo: Jo Roe)",
        "File photo of workers at a construction site in Singapore on a hot afternoon. (Photo: CNA/Jo Roe)",
        "A winegrower checks netting over his vines near Kelby, on March 12, 2025. © Jean-Pierre Roe, AFP",
        "Click and read now, with the Kelby Post app.",
        "Copyright in this article is owned by The Kelby Post and you must not copy or republish it.",
    ],
)
def test_a_sites_pitches_prompts_notes_and_captions_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The fund may receive compensation from the state, the minister said.",
        "By the end of March, Updated plans will be shown.",
        "The union said members would support local journalism.",
    ],
)
def test_story_sentences_like_a_sites_pitches_are_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "headline",
    [
        "A beloved town ice rink is losing money. Kelby may let it melt for good.",
        "A software company tried a 4-day week for a year. Now it's making it permanent — with one big catch.",
    ],
)
def test_a_two_sentence_headline_under_a_menu_of_labels_is_the_title(headline):
    menu = "Log In\n\nMetro\n\nPolitics\n\nBusiness\n\nThe Better Work Project\n\nCareers\n\n"
    story = (
        "The rink has lost money for six straight seasons, officials said on Monday.\n\n"
        "The board voted 3-2 to put the question on the ballot in May."
    )
    assert clean(f"{menu}{headline}\n\n{story}", "t").title == headline


def test_a_two_sentence_headline_under_a_menu_and_lower_case_tags_is_the_title():
    headline = "A School District Hired A Collection Agency Over Lunch Debt. Parents Fought Back."
    page = (
        "KelbyPost\n\nNews\n\nPolitics\n\nLife\n\nVoices\n\nschool meals\n\nMichigan\n\n"
        f"{headline}\n\nThe debt was for school lunches, the district said on Monday.\n\nParents organised quickly."
    )
    assert clean(page, "t").title == headline


def test_a_machine_written_key_points_box_with_its_info_button_is_no_part_of_the_story():
    page = (
        "County pays teenage umpires\n\nKey Points AI-assisted summary \u24d8\n"
        "Kelby County is now paying teenage umpires after adult officials quit.\n"
        "The county has committed public money to the effort and may expand it next year.\n\n"
        "On a damp Saturday morning, the most important person at the park was a 16-year-old umpire.\n\n"
        "The league said it would train 40 more teenagers by May."
    )
    paragraphs = clean(page, "t").paragraphs
    assert paragraphs[0].startswith("On a damp Saturday") and len(paragraphs) == 2


def test_an_authors_bio_apposing_the_post_before_the_years_of_experience_is_furniture():
    assert author_bio(
        "Adaeze, a South-East correspondent with The KELBY, has over nine years' experience covering communities, "
        "agriculture and the environment."
    )
    assert not author_bio(
        "Okafor, a farmer with 40 hectares, has over nine years' experience of the gully and fears for his home."
    )


def test_an_authors_bio_naming_the_outlet_and_the_beat_before_the_post_is_furniture():
    assert author_bio("Ann Vey is the Kelby Daily Times Central Otago reporter, based in Alexandra.")
    assert not author_bio("Ann Vey is the first woman to serve as editor of the Kelby Daily Times.")


def test_a_share_boxs_buttons_and_an_audio_players_note_are_furniture():
    for line in (
        "Share via",
        "Close extra sharing options",
        "Copy Link URL Copied!",
        "This is read by an automated voice. Please verify its accuracy. Also see our AI Policy.",
    ):
        assert is_furniture(line), line
    assert not is_furniture("The council will share via its website the results of the survey in May.")


def test_a_photo_credit_under_its_label_takes_the_dated_caption_above_it():
    page = (
        "Beekeepers get honey plant after decade-long wait\n\n"
        "Members of the Kelby Honey Cooperative harvest combs from log hives in Kimalel ward on November 9, 2024.\n"
        "Photo credit: Ann Vey | Kelby Media Group\n"
        "By Jo Roe\n\n"
        "More than 1,400 beekeepers in the Kelby area will from next month sell processed honey directly to "
        "supermarkets after the county opened a processing plant.\n"
    )
    assert furniture.labelled_credit("Photo credit: Ann Vey | Kelby Media Group")
    assert clean(page, "t").paragraphs[0].startswith("More than 1,400 beekeepers")


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "Pickets stand outside the depot gates at Kelby, where drivers said talks had stalled"
            "Kelby News AgencyThe depot employs 420 drivers on three shifts, the company said last year.",
            "The depot employs 420 drivers on three shifts, the company said last year.",
        ),
        (
            "Jo Roe for KTVThe state health department said on Friday that it had closed two wards at the hospital.",
            "The state health department said on Friday that it had closed two wards at the hospital.",
        ),
        (
            "Volunteers fill sandbags on the quay on MondayJO ROE FOR THE KELBY POSTThe worst flooding was on Mill "
            "Lane, where 60 homes were flooded to a depth of a metre.",
            "The worst flooding was on Mill Lane, where 60 homes were flooded to a depth of a metre.",
        ),
    ],
)
def test_an_unlabelled_credit_run_into_the_next_sentence_goes_with_its_caption(line, story):
    assert strip_inline(line) == story


def test_capitals_run_into_a_sentence_without_a_credit_before_them_stay():
    line = "The USAThe team said it would play on in the tournament despite the injuries to three players."
    assert strip_inline(line) == line


def test_a_credit_naming_a_body_with_its_small_words_run_into_the_story_goes_with_its_caption():
    line = "Rubbish piled below cell windows at HMP KelbyCredit: HM Inspectorate of PrisonsThe jail holds 870 men."
    assert strip_inline(line) == "The jail holds 870 men."


def test_a_photographer_for_their_outlet_run_onto_a_caption_and_the_story_goes_with_the_caption():
    line = "Protesters outside Kelby Town Hall before the voteJo Roe for The LedgerThe meeting ran for six hours."
    assert strip_inline(line) == "The meeting ran for six hours."
    assert (
        strip_inline("He said he would vote for The Greens in May.") == "He said he would vote for The Greens in May."
    )


def test_an_outlets_photo_credit_in_brackets_opening_a_caption_goes():
    line = "(KNN photo/Jo Roe) Sheriff Ann Lee speaks to reporters outside the Kelby County jail on Tuesday."
    assert strip_inline(line) == "Sheriff Ann Lee speaks to reporters outside the Kelby County jail on Tuesday."


def test_a_caption_with_an_abbreviation_s_stop_is_cut_with_its_slashed_credit_run_into_the_story():
    story = "The authority carries about 41,000 riders on a typical weekday across Kelby."
    glued = f"A rider waits for the No. 14 bus outside Kelby General Hospital on Tuesday.Jo Roe/KNN{story}"
    assert clean(f"Buses cut\n\n{glued}", "t").paragraphs == (story,)


def test_a_caption_glued_onto_the_stop_of_a_story_sentence_goes_with_its_bracketed_credit():
    line = (
        "Jo Roe, 34, said she voted yes but wanted the pension kept.Jo Roe, an inspector at Acme, joined the picket "
        "line most mornings. (Al Lee/Kelby Courant)“I will not get that pension,” she said."
    )
    assert (
        strip_inline(line)
        == "Jo Roe, 34, said she voted yes but wanted the pension kept. “I will not get that pension,” she said."
    )


def test_a_two_sentence_caption_of_a_captions_length_goes_with_its_credit_glued_onto_the_story():
    caption = (
        "Floodwater still covered parts of Heron Way in the Cypress Run neighbourhood of Kelby nearly two weeks after "
        "the storms. The city now plans to buy out dozens of homes in the area."
    )
    story = "Kelby commissioners on Tuesday approved a $21.6 million plan to buy flooded homes."
    assert strip_inline(f"{caption} (Jo Roe/Kelby Sentinel){story}") == story


@pytest.mark.parametrize(
    "line",
    [
        "Nurse Jo Roe walks through the unit at Kelby Regional Hospital on Monday. The unit will close June 30.Al Lee "
        "alee@example.com",
        "Acme Payments plans to lease seven floors in the Kelby tower. The company expects to move in next spring."
        "Courtesy of Acme Payments",
    ],
)
def test_a_caption_of_a_few_sentences_whose_credit_is_glued_onto_its_stop_is_furniture(line):
    assert is_furniture(line)


def test_a_caption_that_tells_nothing_over_its_credit_in_brackets_is_furniture_a_story_sentence_is_not():
    assert is_furniture(
        "Farmers inspect a wheat field damaged by hail near the village of Kelby in the north of the county on "
        "Monday. (Photo: Jo Roe)"
    )
    assert is_furniture("The Kelby Parish Court in downtown Kelby. (Photo: Kelby Observer file)")
    assert is_furniture("Officers inspect cans at a warehouse in Kelby, western Wessex, Oct. 4, 2023. (KNA Photo)")
    assert not is_furniture(
        "The council voted 7-2 on Tuesday to close the Kelby Road pool and the library in March next year. "
        "(Photo: Jo Roe)"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Published in The Kelby Tribune, March 13th, 2024.",
        "Kelby Eye delivers independent coverage of the region. To learn more about republishing this content and the "
        "associated fees, please fill out this form.",
    ],
)
def test_a_print_editions_dated_line_and_a_republishing_note_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kelby Television participates in various affiliate marketing programs, which means we may get paid "
        "commissions on editorially chosen products purchased through our links to retailer sites.",
        "Stay with KLBY for updates on this bill and other action at the State House.",
    ],
)
def test_a_broadcasters_affiliate_disclosure_and_sign_off_are_furniture(line):
    assert is_furniture(line)


def test_a_broadcasts_words_in_capitals_under_its_transcript_button_are_no_story():
    story = "The Kelby school board voted 3-2 on Tuesday night to close two elementary schools in June."
    page = (
        "Kelby board votes to close two schools\n\nShow Transcript\n\n"
        "TONIGHT, PARENTS IN KELBY ARE ASKING WHAT COMES NEXT. KLBY'S JO ROE WAS AT THE MEETING.\n\n"
        f"{story}\n\nThe district expects to save $3 million a year by closing the two buildings, officials said."
    )
    assert clean(page, "page").paragraphs[0] == story


def test_a_caption_over_an_agencys_name_glued_to_the_next_sentence_is_cut():
    page = (
        "Club to leave town after council vote\n\nBy Jo Roe\n\n"
        "The Kelby Otters will play their last season at Mill Field this year, the club said on Wednesday.\n\n"
        "Mill Field opened in 1962 and has hosted baseball every season since. Getty ImagesSupporters of the plan "
        "argued the team brought in far more than it cost."
    )
    paragraphs = clean(page, "page").paragraphs
    assert paragraphs[-1] == "Supporters of the plan argued the team brought in far more than it cost."


def test_a_sections_menu_run_on_one_line_above_the_headline_is_no_part_of_it():
    page = (
        "Kelby Sports\nNFL\nNBA\nMLB\nNHL\nGolf\nSoccer\n"
        "MLB Home Scores Schedule Standings Stats Teams Odds\n"
        "Otters to leave Kelby after city council rejects ballpark renovation\n"
        "The club has played at Mill Field since 1962\nBy Jo Roe\nMar 19, 2025 at 6:24 pm ET\n"
        "The Kelby Otters will play their final season in Kelby this year, the club announced Wednesday.\n"
        "The council voted 4-3 late Tuesday against the plan."
    )
    assert clean(page, "page").title == "Otters to leave Kelby after city council rejects ballpark renovation"


def test_a_video_cards_title_with_its_running_time_and_its_blurb_are_furniture():
    page = (
        "Kelby State cuts three sports\n\nBy Jo Roe\n\n"
        "Kelby State will drop wrestling, golf and tennis after the season, the university said Tuesday.\n"
        "Why small sports are on the chopping block (1:52)\n"
        "Ana Ruiz breaks down why athletic departments are cutting programs to pay for revenue sharing.\n"
        "The athletics department ran a deficit of $6.3 million last year."
    )
    paragraphs = " ".join(clean(page, "page").paragraphs)
    assert "Ana Ruiz" not in paragraphs and "chopping block" not in paragraphs
    assert "The athletics department ran a deficit of $6.3 million last year." in paragraphs
    # The story's sentence under a card with no blurb stays.
    page = page.replace("Ana Ruiz breaks down why", "Coaches said")
    assert "Coaches said athletic departments are cutting" in " ".join(clean(page, "page").paragraphs)


def test_a_wire_caption_dating_its_picture_over_its_bracketed_credit_is_furniture():
    line = (
        "Snow weighs down tree branches along Main Street in Kelby on Saturday, April 5, 2025, after a smaller storm "
        "moved through overnight. (Photo by Jo Roe/The Kelby Post)"
    )
    assert is_furniture(line)
    # The story's sentence telling what happened on that day stays.
    assert not is_furniture("The council voted on Tuesday, March 4, 2025, to close the library. (Photo by Jo Roe)")


def test_a_paywalls_price_alone_and_a_comments_button_with_its_count_are_furniture():
    assert is_furniture("$1 for 4 weeks.")
    assert is_furniture("Show comments (118)")
    assert not is_furniture("Tickets cost $1 for 4 weeks of rides, the operator said.")


@pytest.mark.parametrize(
    "line",
    [
        "Jo Roe: 206-555-0118 or jroe@example.com. Jo Roe covers transportation for The Kelby Times.",
        "Ana Ruiz. Ana Ruiz is a business reporter for The Kelby Morning News covering sports business.",
    ],
)
def test_an_authors_bio_after_their_name_or_how_to_reach_them_is_furniture(line):
    assert author_bio(line)
    page = f"Arena deal approved\n\nThe city approved the arena on Tuesday, officials said.\n\n{line}"
    assert clean(page, "page").paragraphs == ("The city approved the arena on Tuesday, officials said.",)


def test_a_label_over_one_quotation_is_a_point_of_the_story_but_a_label_over_a_description_is_a_caption():
    assert not is_furniture("Fire chief: 'Not one firefighter will be forced out'")
    assert not is_furniture("Mum-of-two: “I skipped meals so my kids could eat”")
    assert is_furniture("Devastated: Jo Roe, 34, outside her home in Kelby on Tuesday")
    assert is_furniture("Heartbroken: Jo Roe said 'he was our world' at the vigil")


@pytest.mark.parametrize(
    "line",
    [
        "Do you have information about school bus delays in Ohio? Contact Jo Roe at jo.roe@example.com or 555-0142.",
        "Kelby Weekly is covering the stories that matter to you. Support our independent journalism and join today.",
        "The Kelby Courier is published by Acme Media, a Northgate Holdings Company.",
        "This article was produced for Acme's Local Reporting Network in partnership with The Kelby Courier.",
    ],
)
def test_a_call_for_tips_a_membership_pitch_a_publishers_line_and_a_note_on_how_the_story_was_made_are_furniture(
    line,
):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents can contact Jo Roe at the council on 01632 960000.",
        "The report was published for the council in May.",
        "Police urged anyone with information to contact them.",
    ],
)
def test_a_story_s_own_contact_and_publication_sentences_stay(line):
    assert not is_furniture(line)


def test_a_credit_run_into_the_story_ends_before_a_whole_word_not_inside_a_name_with_a_capital_inside_it():
    line = (
        "Jo Lee at her home in Kelby. Credit: Ann Vey for ProPublicaHospital CEO Tom Bell said the hospital had "
        "not screened patients."
    )
    assert strip_inline(line) == "Hospital CEO Tom Bell said the hospital had not screened patients."
    line = "Jo Lee at the store on Monday. Credit: Ann Vey/ReutersMcDonald's said it would close the store."
    assert strip_inline(line) == "McDonald's said it would close the store."


@pytest.mark.parametrize(
    "line",
    [
        "At Kelby Weekly, we believe that everyone needs good journalism, but we understand that not everyone can pay "
        "for it. That is why we are committed to providing carefully checked news that is free for everyone.",
        "If you enjoyed this article, we have an offer for you: Join KWPLUS. Members get all of our stories (the print "
        "edition too), no paywalls, and access to our writers (calls, events, etc.). And importantly, KWPLUS members "
        "help keep us going.",
        "By using this site you agree to the Terms of Use and Privacy Notice.",
    ],
)
def test_an_outlets_pitch_for_its_journalism_and_its_terms_of_use_are_furniture(line):
    assert is_furniture(line)


def test_a_body_s_own_commitment_to_provide_something_is_no_pitch():
    assert not is_furniture("The trust said it was committed to providing care close to home.")
    assert not is_furniture("We are committed to providing care close to home, the trust said.")


@pytest.mark.parametrize(
    "line",
    [
        "Updates to our Terms of Use",
        "We are updating our Terms of Use. Please carefully review the updated Terms before proceeding to our website.",
        "We have changed our Privacy Policy.",
        "We bring Kelby's farming news to your inbox every week.",
        "Every day or once a week, our original stories and a digest of the headlines give you the story, for free.",
        "Perhaps you noticed: This story, like all the news we publish, is free to read.",
        "That's because Kelby Climate Desk is a 501c3 nonprofit organization.",
    ],
)
def test_a_site_s_notice_of_new_terms_and_its_newsletter_and_nonprofit_pitches_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "We have changed our terms for suppliers, the chief executive said.",
        "The council said it was updating its terms of reference.",
        '"Our stories are told for free in the village hall," she said.',
        "The museum will open its doors for free on Sundays.",
        "Changes to our town centre will begin in May.",
    ],
)
def test_a_story_s_own_terms_changes_and_free_things_are_no_furniture(line):
    assert not is_furniture(line)


def test_an_author_and_date_across_a_slash_sign_the_headline():
    assert furniture.credited_author("Jo Roe / March 6, 2025") == "Jo Roe"


def test_a_caption_with_a_title_in_it_goes_with_its_bracketed_credit_glued_to_the_next_sentence():
    line = (
        "The hospital will close. Dr. Jo Roe, a family doctor, will still see patients in town. (Al Lee for Kelby "
        "Health)The board will meet in May."
    )
    assert strip_inline(line) == "The hospital will close. The board will meet in May."


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for subscribing to the Kelby Beacon, an independent, 501(c)(3), journalist-run newsroom.",
        "Every dime we make funds reporting from Kelby’s neighborhoods.",
        "Every dollar you give supports local journalism.",
        "Listen to “Kelby Talks: A Kelby Beacon Podcast”:",
        "Why are you making commenting on The Kelby Star only available to subscribers?",
        "It should be a safe space for people to share their views on the news, but a growing number of comments were "
        "being written by people who were not regular readers.",
        "© Copyright 2001-2025. This site is part of Acme's audited local newspaper network. An Acme Company. Acme "
        "Media Group Ltd, 14 Example Quay, Testbury, TB1 0ZZ. Registered in England & Wales | 00000000 |",
        "More by Jo Roe",
    ],
)
def test_a_newsrooms_thanks_and_pitch_a_podcasts_player_a_comment_policy_and_a_long_rights_footer_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Every dollar raised will fund repairs at the shelter, she said.",
        "The Kelby Fund, a 501(c)(3) charity, will give $5,000 to the food bank.",
        "Comments were being written by people who had never visited the town, the mayor said.",
        "Listen to the birds in the morning, she said.",
    ],
)
def test_a_storys_dollars_charity_comments_and_listening_stay(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Crikey is committed to hosting lively discussions. Help us keep the conversation useful, interesting and "
        "welcoming. Comments may be held for review while our small team works through the queue.",
        "Comments that violate guidelines risk being deleted, and violations may result in a temporary or permanent "
        "user ban. Maintain the spirit of good conversation to stay in the discussion.",
        "Comments are the opinion of the commenter and not of the Kelby Daily Times.",
        "Before you go... We don't have a paywall, because we believe everyone deserves access to independent "
        "journalism. If you value reporting like this, please consider becoming a Kelby Builder.",
        "A nurse waits for an appointment at Kelby District Hospital. Source: AAP / Jo Roe",
        "Related Kelby stories:",
    ],
)
def test_a_comment_policy_a_paywall_pitch_a_sourced_caption_and_a_related_head_are_furniture(line):
    assert is_furniture(line)


def test_a_bio_that_tells_where_to_find_its_author_is_a_bio_in_full():
    assert full_bio("Jo Roe is The Kelby Star's municipal affairs reporter. Find her on Bluesky.")


@pytest.mark.parametrize(
    "line",
    [
        '"Please consider becoming a foster carer," she said.',
        "The council said it would hold a discussion with residents. Comments that break the rules will be ignored.",
    ],
)
def test_a_storys_appeal_and_its_talk_of_comments_stay(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kelby Freight managing director Jo Roe says the increase will add £210,000 a year to the firm's costs. "
        "(Picture by Al Lee-Marsh, 33451207)",
        "Containers being unloaded at Kelby Harbour. (Picture by Al Lee, 33449981)",
    ],
)
def test_a_caption_reporting_in_the_present_over_a_numbered_credit_is_furniture(line):
    assert is_furniture(line)


def test_a_storys_sentence_in_the_past_over_a_dropped_pictures_credit_stays():
    assert not is_furniture("Jo Roe said the increase would add £210,000 a year to costs. (Picture by Al Lee)")


def test_a_caption_of_someone_speaking_glued_onto_the_next_sentence_leaves_it():
    line = (
        "Ama Roe, a trader at Kelby, speaking to the Daily LanternThe Assemblyman for the area, Mr Kofi Lee, said "
        "the youth had planned a demonstration."
    )
    assert (
        strip_inline(line) == "The Assemblyman for the area, Mr Kofi Lee, said the youth had planned a demonstration."
    )


def test_a_caption_over_its_photographer_and_paper_without_a_mark_between_them_is_dropped():
    page = (
        "Kelby schools to close\n\nParents fill the Kelby school board meeting Monday night ahead of a vote. "
        "Jo Roe-Marsh The Kelby Eagle\n\nThe Kelby school board voted Monday night to close three elementary "
        "schools at the end of this school year, a move district leaders say will save $3.1 million a year.\n\n"
        "Board president Al Lee said the district had no other choice given falling enrollment."
    )
    assert "Parents fill" not in clean(page, "page").text


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "She said the group planned to hand the petition to trustees before their board meeting in April."
            "Jo Roe with some of the signatures outside the baths (Image: Al Lee)",
            "She said the group planned to hand the petition to trustees before their board meeting in April.",
        ),
        (
            "Ana Roe, a bus driver who lives with her two children in a one-bedroom flat in Kelby, is one of the "
            "first families to sign up.The Roe family outside their flat. Photo by Al Lee/Kelby Digger",
            "Ana Roe, a bus driver who lives with her two children in a one-bedroom flat in Kelby, is one of the "
            "first families to sign up.",
        ),
        (
            "Roe, who lives near Kelby, said her first baby was born at the town's hospital after a labour of "
            "three hours.Jo Roe holds her daughter outside their home on Wednesday. Al Lee alee@kelbynews.com",
            "Roe, who lives near Kelby, said her first baby was born at the town's hospital after a labour of "
            "three hours.",
        ),
    ],
)
def test_a_story_sentence_keeps_its_line_when_a_caption_and_credit_are_glued_onto_its_stop(line, story):
    # a copy runs the picture's caption onto the sentence above it: the caption goes, the sentence stays
    assert not furniture.is_furniture(line) and furniture.strip_inline(line) == story


def test_a_caption_and_its_credit_glued_onto_each_other_stay_furniture():
    assert furniture.is_furniture("Jo Roe with the petition outside the baths on Monday.Picture: Al Lee")


def test_a_credit_glued_onto_a_captions_last_number_goes_with_the_caption():
    line = (
        'Jo Roe, 81, told the Blare: "I want to die here."Jo Roe, 81, in the flat he has called home since '
        "1978Credit: Al Lee / Daily Blare"
    )
    assert furniture.strip_inline(line) == 'Jo Roe, 81, told the Blare: "I want to die here."'


@pytest.mark.parametrize(
    ("line", "story"),
    [
        # a caption's stop after an acronym, or glued onto a word and its comma
        (
            "Long queues formed at taxi ranks in the Kelby CBD.Business groups in the city warned that the strike "
            "was already hurting shops.",
            "Business groups in the city warned that the strike was already hurting shops.",
        ),
        (
            "Police try to persuade workers to leave the highway.Contacted, Jo Roe, the factory's manager, said the "
            "company had been hit by cancelled orders.",
            "Contacted, Jo Roe, the factory's manager, said the company had been hit by cancelled orders.",
        ),
        # ... a caption opening with a title's abbreviation, glued onto the story's sentence
        (
            "The Rev. Jo Roe, who founded the ministry in 1998, sat in the second row of the courtroom with "
            "volunteers.Rev. Jo Roe speaks with volunteers outside the courthouse Thursday. STAFF PHOTO BY AL LEE",
            "The Rev. Jo Roe, who founded the ministry in 1998, sat in the second row of the courtroom with "
            "volunteers.",
        ),
        # ... and one whose credit closes a line that reports: the caption goes with its credit
        (
            "She said she was worried about the young people already in its care, many of whom had been turned away "
            "elsewhere.Young people take part in an art session run by the trust last year. Photo: Supplied",
            "She said she was worried about the young people already in its care, many of whom had been turned away "
            "elsewhere.",
        ),
    ],
)
def test_a_caption_glued_by_its_stop_leaves_the_story_sentence_beside_it(line, story):
    assert furniture.strip_inline(line) == story


def test_a_caption_ending_in_a_staff_photo_credit_in_capitals_is_furniture():
    assert furniture.is_furniture(
        "Volunteers sort canned goods at the Kelby Food Ministry warehouse in 2023. STAFF PHOTO BY JO ROE"
    )


def test_a_sites_note_that_readers_support_it_is_furniture_and_a_story_sentence_is_not():
    assert furniture.is_furniture("Kelby Digest is supported by readers and members of the Kelby Pro community.")
    assert not furniture.is_furniture("The plan is supported by residents, the council said on Tuesday.")


def test_a_bio_that_gives_the_authors_base_is_a_bio_wherever_it_stands():
    assert furniture.full_bio("Jo Roe is Kelby Digest's health reporter, based in Wellington.")
    assert not furniture.full_bio("Jo Roe is the council's housing officer, based in Wellington.")


@pytest.mark.parametrize(
    "tail",
    [
        "Jo Roe speaks before Tuesday's vote at the authority's offices in Kelby. Al Lee, Post-Dispatch",
        "Dr. Jo Roe, chief medical officer for Kelby Health, stands beside a new clinic van. Special to The Bee",
        "Jo Roe, director of the Kelby Housing Society, on the site of the building. AL LEE, TIMES COLONIST",
        "An artist's rendering of the proposed 11-storey building on Gladstone Avenue. VIA KELBY HOUSING SOCIETY",
    ],
)
def test_a_caption_over_its_photographers_name_and_outlet_goes_and_the_story_sentence_before_stays(tail):
    story = "The authority plans to offer a discount of up to 30% for customers who qualify for assistance."
    assert furniture.is_furniture(tail)
    assert furniture.strip_inline(story + tail) == story


def test_a_story_sentence_before_a_glued_caption_of_a_captions_run_stays():
    story = "Work is expected to start in the summer and take around 18 months to complete."
    line = story + "Campaigners gathered outside the meeting ahead of the vote. Photo: Al Lee / Kelby World"
    assert furniture.strip_inline(line) == story


def test_a_credit_glued_onto_a_story_sentence_opening_on_a_goes():
    line = "Picture: Jo RoeA detailed design is due to be published in May, with letters to households to follow."
    assert furniture.opening_glued_credit(line) == len("Picture: Jo Roe")


def test_a_verbless_caption_with_a_relative_clause_under_its_credit_goes():
    text = (
        "Bus lane approved\n\nA bus lane on Kelby Road will go ahead, councillors decided on Tuesday.\n"
        "Its secretary, Jo Roe, said members felt ignored.\nPicture: Al Lee / Kelby World\n"
        "Ravi Shah outside his hardware shop on Kelby Road, where 14 parking bays will be removed.\n"
        "A spokesman for the partnership said a loading bay would be kept."
    )
    paragraphs = clean(text, "t").paragraphs
    assert not any("hardware shop" in p for p in paragraphs)
    assert any("loading bay" in p for p in paragraphs) and any("felt ignored" in p for p in paragraphs)


def test_a_title_cased_headline_of_two_sentences_is_no_caption_over_a_credit():
    headline = "A Rural District Went to a Four-Day Week to Keep Teachers. Three Years Later, Here's What Happened"
    assert not furniture.is_furniture(headline)


def test_a_credit_in_capitals_glued_onto_a_reported_sentence_goes_and_the_sentence_stays():
    line = '"It is only through good fortune that this court is not dealing with a death," she said.PICTURE: SUPPLIED'
    assert not furniture.is_furniture(line)
    assert furniture.strip_inline(line) == line[: line.index("PICTURE")]


def test_a_note_of_who_contributed_to_the_story_is_furniture():
    assert furniture.is_furniture("Information for this article was contributed by Jo Roe of the Kelby Gazette.")
    assert not furniture.is_furniture("Information about the closure was sent to every family, the school said.")


def test_a_caption_under_its_credit_in_brackets_with_a_bar_goes():
    text = (
        "Lawn rebates\n\nComments\n(Al Lee | The Kelby Tribune) Jo Roe stands in her front yard in Kelby, where she "
        "replaced grass with rock, mulch and native plants last fall.\n"
        "Kelby homeowners who rip out their lawns will soon be eligible for a rebate, after the City Council approved "
        "an expanded program this week."
    )
    paragraphs = clean(text, "t").paragraphs
    assert not any("front yard" in p for p in paragraphs) and any("eligible for a rebate" in p for p in paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Powered by BLOX Content Management System from TownNews.com.",
        "Residents of Kelby Heights say they have bought water from tankers for months. (Express Photo by Jo Roe)",
    ],
)
def test_a_sites_software_line_and_an_outlets_photo_by_credit_are_furniture(line):
    assert furniture.is_furniture(line)


def test_powered_by_opening_a_sentence_is_no_footer():
    assert not furniture.is_furniture("Powered by Tesla batteries, the farm will supply 400 homes.")


def test_a_glued_source_note_is_cut_and_the_sentence_kept():
    line = "The finance chief told the meeting the council was in talks with the government.(Source: Kelby News)"
    assert furniture.strip_inline(line) == (
        "The finance chief told the meeting the council was in talks with the government."
    )


def test_a_caption_and_its_credit_for_an_outlet_glued_onto_a_quote_are_cut():
    line = (
        "Ana Ruiz, co-owner of the Lantern, in the venue's back bar. Credit: Jo Roe for Kelby Reader"
        '"I\'m not trying to shut anyone down," the neighbor said.'
    )
    assert furniture.strip_inline(line) == '"I\'m not trying to shut anyone down," the neighbor said.'


def test_a_caption_under_a_capitals_label_glued_onto_a_sentences_stop_is_cut():
    line = (
        "He said signs would be put up directing shoppers to the site.VENDING PLAZA: The new Kelby Vending Plaza, "
        "which opened in August. —Photo: JO ROE"
    )
    assert furniture.strip_inline(line) == "He said signs would be put up directing shoppers to the site."
    credited = "Relatives outside Kelby Lodge on Monday.PHOTOGRAPH: JO ROE FOR THE CHRONICLE"
    assert furniture.strip_inline(credited) == credited


@pytest.mark.parametrize(
    "line",
    [
        "Parents have driven kids to Portage for practice.The old warehouse sits empty on North Street on Monday."
        "(Jo Roe | Kelby.com)Ann Vey said the company has signed letters of intent with three clubs.",
        "She said she keeps a list of children she wants to see again in the fall.The van has served schools since "
        "2021. Credit: Jo Roe/Kelby TodayAnn Vey said the company has signed letters of intent with three clubs.",
        "Their worry was a small shrine built in 1946 by a man who survived a crash there.Residents fill the gym "
        "during the meeting.Jo Roe, Kelby Daily StarAnn Vey said the company has signed letters of intent with three "
        "clubs.",
    ],
)
def test_a_caption_glued_between_two_story_sentences_is_cut_and_both_kept(line):
    kept = furniture.strip_inline(line)
    assert kept.endswith("Ann Vey said the company has signed letters of intent with three clubs.")
    assert kept.split(".")[0] == line.split(".")[0]
    assert "Roe" not in kept


@pytest.mark.parametrize(
    "line",
    [
        "Excessive Heat Warning for Kelby County until 8 p.m. Friday. Tap for the latest forecast.",
        "Severe Thunderstorm Watch for Jackson, Clay and Kelby counties until 11 p.m.",
        "Weather Alert: Flood Watch in effect for Clark and Kelby counties until 8 a.m. Thursday",
    ],
)
def test_a_broadcasters_weather_banner_is_furniture(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Flood warnings for the river remain in effect until Friday, forecasters said.",
        "Winter storm warnings closed schools across the county until Monday, and the mayor urged people to stay home.",
    ],
)
def test_a_story_sentence_about_a_weather_warning_is_no_banner(line):
    assert not furniture.is_furniture(line)


def test_a_pictured_note_glued_onto_a_captions_credit_goes_with_the_caption():
    line = (
        "Headliners The Velvet Kites were due to top the bill on Saturday night (pictured performing at last year's "
        "festival)Picture: Jo Roe/Kelby Press AgencyKestrel Live said all ticket holders will receive a full refund."
    )
    assert furniture.strip_inline(line) == "Kestrel Live said all ticket holders will receive a full refund."


def test_a_caption_ending_in_an_outlets_photo_credit_is_furniture():
    line = "Parents raise slogans outside Kelby Valley Public School in Sector 70 on Thursday. Tribune photo: Jo Roe"
    assert furniture.is_furniture(line)


def test_a_credit_in_capitals_with_by_is_a_labelled_credit():
    assert furniture.labelled_credit("STAFF PHOTO BY JO ROE")
    assert furniture.labelled_credit("PHOTO BY ANN VEY")


def test_a_byline_of_a_name_a_dot_and_a_desk_names_its_author():
    assert furniture.byline("Jo Roe · Health Reporter, The Kelby Ledger") == "Jo Roe"
    assert furniture.is_furniture("Jo Roe · Health Reporter, The Kelby Ledger")
    assert furniture.byline("News · Health · Nova Scotia") is None


def test_a_section_trail_between_dots_is_no_headline():
    text = (
        "Kelby promises to end overnight ER closures at three rural hospitals by spring\n\nThe Kelby Ledger\n"
        "News · Health · Nova Scotia\n\nThe minister says a new roster will reopen the rooms.\n\n"
        "Jo Roe · Health Reporter, The Kelby Ledger\nPublished Oct. 8, 2024 5:12 a.m. ADT\n\n"
        "HALIFAX — Nova Scotia will reopen the overnight emergency departments in three towns by March 31 under a "
        "$38-million plan announced Tuesday.\n\nThe union said the plan was overtime by another name."
    )
    assert clean(text, "t").title == "Kelby promises to end overnight ER closures at three rural hospitals by spring"


def test_an_unfinished_caption_opening_the_line_with_its_bracketed_credit_glued_onto_the_story_is_cut():
    line = (
        "Kelby's app is used by 41,000 paying customers, most of them builders (Photo: Kelby/handout)Kelby was last "
        "valued at £210m in a 2023 round led by Northbank Ventures, the investor that backs several start-ups."
    )
    assert furniture.strip_inline(line).startswith("Kelby was last valued at £210m in a 2023 round")


@pytest.mark.parametrize(
    "line",
    [
        "Kelby's first and favourite newspaper",
        "Kelby's oldest daily newspaper",
        "Sport News of Monday, 3 March 2025",
        "Business News of March 3, 2025",
    ],
)
def test_a_papers_lower_case_slogan_and_a_sections_day_are_furniture(line):
    assert is_furniture(line)


def test_a_sentence_about_a_papers_standing_stays():
    assert not is_furniture("Kelby's leading newspaper says the plan failed.")


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (  # a wire's bar-separated credit touching the story's first word
            "Workers load crates at the Kelby depot. PHOTO | JO ROE | KNG",
            "The firm plans to double its fleet by June.",
        ),
        (
            "A drawing of the planned depot beside the canal. Supplied",
            "A Kelby firm plans to double its fleet.",
        ),
        (
            "Pickers with crates of apples in a Kelby orchard. Picture: SUPPLIED",
            "ORCHARD owners in Kelby will no longer truck their fruit to the coast.",
        ),
        ("Nurses outside Kelby General on Friday [Pic: Kelby branch]", "NURSES in Kelby have voted to strike."),
        (  # a caption of two sentences, its credit's label touching its stop
            "A shuttered kiosk at the Roe marina. Its shutters have been down since 2022.Photo: Ann Vey / Kelby Post",
            "According to the council, 12 kiosks stand empty.",
        ),
        (
            "Stallholders at the Kelby market hall",
            "Stallholders at the Kelby market hall have voted against new rents.",
        ),
        (  # a caption printed twice, over its tag for a picture from the files
            "Dock workers at the Kelby yard say they are unpaid. [File photo]Dock workers at the Kelby yard say they "
            "are unpaid. [File photo]",
            "Dock workers in Kelby are threatening to walk out.",
        ),
        (  # a body's name as the credit, touching the caption's stop and the story's first word
            "The old mill has stood empty since the 1980s.Kelby Heritage Trust",
            "A community group has bought the mill for £10.",
        ),
        (  # a credit after a slash, as New Zealand sites print one, supplied by a body
            "Volunteers clear litter in Kelby Park. Photo / Supplied by Vey River Trust",
            "More than 90 volunteers cleared two tonnes of litter from the park on Sunday.",
        ),
        (  # an unstopped caption over a credit's label in capitals, the credit touching the story
            "Shuttered shops on High Street, Kelby West PICTURE: Jo Roe",
            "Two of every ten shops in Kelby West now stand empty, traders say.",
        ),
        (  # a caption naming a machine in quotes, its labelled credit touching a story opening with initials
            "A crane named “Vey” at the Kelby dock in 2024. Photo: Jo Roe-Ash",
            "The NSW government's port upgrade at Kelby will cost more, the paper can reveal.",
        ),
        (  # a photographer's name over a slash and the outlet's initials, a space before the story
            "Shoppers queue outside a Kelby store in May. Jo Roe/KNN ",
            "Retail sales in Kelby rose by a fifth in May, the council said.",
        ),
        (  # ... or the outlet's one word before a sentence's usual first word
            "Ann Vey stands outside her farm on Wednesday. Jo Roe/Kelbyphoto ",
            "The Veys' farm has flooded twice since 2019.",
        ),
        (  # a photographer's name and outlet touching a dateline in capitals
            "Porters load crates at the Kelby ferry pier on April 2, 2025. Jo Roe, Kelby-TV News",
            "KELBY CITY — Ferry fares will rise by a tenth from June, the operator said.",
        ),
    ],
)
def test_a_caption_glued_onto_the_story_goes_and_the_sentence_stays(line, story):
    assert strip_inline(line + story) == story


@pytest.mark.parametrize(
    "line",
    [
        "Kelby 31°C Mostly sunny",
        "Vey Harbour 27°C Sunny | Ash 25°C | Kelby 28°C",
        "Weather: 34° Partly cloudy",
        "Listen to Kelby FM on 96.4FM or on the Kelby FM app.",
        "A file photo of cocoa growers in Kelby.",
        "Article image for 'Our kids stand in the rain': Kelby parents angry as bus is cut",
        "The old Kelby pool stands unused behind a fence. The council shut it in 2020.Jo Roe | jroe@kelbynews.com",
    ],
)
def test_weather_strips_station_promos_file_pictures_and_alt_texts_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Temperatures reached 40°C in Kelby on Tuesday, the hottest day on record.",
        "A file photo of the suspect was released by police on Tuesday.",
        "Listen to what the residents of Kelby told us about the flood.",
    ],
)
def test_sentences_about_weather_files_and_listening_are_not_furniture(line):
    assert not is_furniture(line)


def test_a_credit_across_a_slash_keeps_the_outlets_whole_name():
    line = "The jail in Kelby. Jo Roe/The Kelby DispatchAnn Vey, 41, said she heard the news from a neighbour."
    assert strip_inline(line) == "Ann Vey, 41, said she heard the news from a neighbour."


def test_a_caption_quoting_someones_words_is_no_caption_to_drop():
    line = 'Ann Vey said "We will win" at the rally. Photo: Jo RoeThe vote is on Friday.'
    assert strip_inline(line).startswith("Ann Vey said")


def test_a_caption_of_two_sentences_and_its_credit_go_before_a_story_opening_with_a_or_in_capitals():
    line = (
        "Cyclists ride along the Kelby towpath. The path reopened in March. Photograph: Jo Roe/The VeyA new bridge "
        "over the canal will open next year, the trust said."
    )
    assert strip_inline(line).startswith("A new bridge over the canal")
    line = "Pupils leave the Kelby school. Picture: Ann Vey/Daily KelbyANGRY teachers say the change came unannounced."
    assert strip_inline(line) == "ANGRY teachers say the change came unannounced."
    line = "Boats in Vey harbour. Picture: Save Vey BayA FERRY firm has doubled its fares for islanders."
    assert strip_inline(line) == "A FERRY firm has doubled its fares for islanders."


def test_a_handouts_credit_run_into_the_story_goes_with_its_caption():
    line = "Jo Roe at home last spring. Picture: Family handoutA RETIRED baker has been told to quit her flat."
    assert strip_inline(line) == "A RETIRED baker has been told to quit her flat."
    line = "The new ward at Kelby General.Credit: Trust handoutNurses said the unit opened on Monday."
    assert strip_inline(line) == "Nurses said the unit opened on Monday."


def test_an_unlabelled_slashed_credit_after_a_space_and_before_a_story_opening_with_a_goes_with_its_caption():
    line = "Cranes stand idle at the Kelby dock on Monday. Jo Roe/KNNA Kelby shipping firm said it would cut 90 jobs."
    assert strip_inline(line) == "A Kelby shipping firm said it would cut 90 jobs."
    line = "Vans wait outside the depot in March. Al Vey/KNNAn Ohio parcel firm has been fined $2 million."
    assert strip_inline(line) == "An Ohio parcel firm has been fined $2 million."
    line = "The Vey mill has stood empty since 2009. THE POST/ANA ROEKelby council voted on Tuesday to sell it."
    assert strip_inline(line) == "Kelby council voted on Tuesday to sell it."  # (no "A" of "ANA" read as the story's)


@pytest.mark.parametrize(
    "line", ["Kelby Courier – Kelby breaking news and sport", "The National Business Daily", "The Only Daily"]
)
def test_a_sites_tagline_after_its_place_and_a_national_papers_slogan_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Kelby breaking news: fuel prices rise again", "National daily fined £40,000"])
def test_a_headline_about_news_or_a_daily_is_no_tagline(line):
    assert not is_furniture(line)


def test_a_credit_run_into_a_dateline_in_capitals_goes_with_its_caption():
    line = (
        "Growers sort apples at a Kelby packhouse in May. Photo: Jo Roe/VeyNewsKELBY, Vey Region - Apple growers "
        "say prices fell."
    )
    assert strip_inline(line) == "KELBY, Vey Region - Apple growers say prices fell."


def test_a_share_bars_buttons_run_on_one_line_without_marks_are_furniture():
    for line in ("Facebook Tweet Email Link Link Copied!", "Facebook X Email Link Copied!", "Share Print Comments"):
        assert is_furniture(line), line
    assert not is_furniture("Facebook will email every user whose link was shared, the company said.")


def test_the_outlets_a_page_signs_for_in_its_byline_and_copyright_line():
    signed = furniture.page_outlets(
        ("By Helen Marsh, TVQ Politics", "© 2025 Dunmore Radio Group. All rights reserved.")
    )
    assert {"TVQ", "TVQ Politics", "Dunmore Radio Group"} <= signed
    assert furniture.page_outlets(("By Helen Marsh", "The ferry sails at noon.")) == frozenset()


@pytest.mark.parametrize(
    "line",
    [
        "Petra Lund of TVQ contributed from Harlow Bay.",
        "News   U.S.   Politics   Weather   Pet stories",
        "Deep Water, the Kelby Ledger's weekly climate newsletter, arrives every Friday.",
        "Sign up free",
    ],
)
def test_a_staff_note_a_newsletter_named_with_its_day_and_a_menu_with_dotted_capitals_are_furniture(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents can sign up free",
        "The charity contributed from its reserves.",
        "Families who sign up free of charge get a box.",
    ],
)
def test_the_storys_sign_ups_and_contributions_are_kept(line):
    assert not furniture.is_furniture(line)


def test_an_author_line_with_a_post_and_a_second_author_names_the_first():
    assert furniture.author_line("Helen Marsh Senior Reporter and Omar Roe") == "Helen Marsh"
    assert furniture.author_line("Police and Fire Reporter and Omar Roe") is None


def test_a_stations_tagline_for_its_reporter_and_an_invitation_to_write_is_furniture():
    assert furniture.author_bio("WKBX 9 reporter Ines Darrow covers the Marlow schools. Send Ines your news tips.")
    assert furniture.author_bio("Kelby Radio correspondent Al Penn covers the courts. Email Al with tips.")
    story = "Kelby Post reporter Ines Darrow covers the trial, which opens on Monday in Marlow."
    assert not furniture.author_bio(story)


@pytest.mark.parametrize(
    "line",
    [
        "About us  Careers  ©2024 KNX Media Group, Inc. All rights reserved.",
        "Ines Darrow is a courts reporter for KNX Digital, based in Marlow.",
        "Got a story for The Kelby Lamp newsroom? Call us.",
        "Sign up for The Kelby Lamp's Weekend Reads",
    ],
)
def test_an_outlet_the_page_names_as_its_own_in_its_footer_bio_or_tip_line_is_known(line):
    outlets = furniture.page_outlets((line,))
    assert outlets & {"KNX", "KNX Media Group", "KNX Digital", "Kelby Lamp"}


def test_an_edition_of_a_signed_outlet_named_only_as_where_someone_spoke_is_no_actor():
    story = (
        'Kelby\'s only cinema will close in June, its owner Ida Marsh said on Tuesday. "We tried everything," Marsh '
        "told ZRT Digital. The council said it would look for a new tenant, according to a letter seen by ZRT "
        "Digital.\n\nFilm fans told ZRT Digital they would hold a last screening."
    )
    signed = make_brief(f"Cinema to close\n\nAbout us  ©2025 ZRT Network, LLC. All rights reserved.\n\n{story}", "t")
    unsigned = make_brief(f"Cinema to close\n\n{story}", "t")
    assert "ZRT Digital" not in {a.name for a in signed.actors}
    assert "ZRT Digital" in {a.name for a in unsigned.actors}  # (an outlet the page does not sign may be in the story)


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "Firefighters at the Dunmore depot on Monday.Ada Vey/KNX(KNX) — A fire at a paint plant forced 300 "
            "people from their homes, officials said.",
            "(KNX) — A fire at a paint plant forced 300 people from their homes, officials said.",
        ),
        (
            "Smoke over the Dunmore plant on Tuesday.KNX/Aerial viewThe county said the fire was out by noon on "
            "Wednesday.",
            "The county said the fire was out by noon on Wednesday.",
        ),
    ],
)
def test_a_caption_goes_with_a_credit_glued_onto_a_datelines_bracket_or_naming_the_kind_of_picture(line, story):
    assert strip_inline(line) == story


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "A nurse at the Kelby clinic on Friday. Photo credit: Ada Vey-Lund | The Kelby PostPatients now face "
            "a two-hour drive to the nearest clinic.",
            "Patients now face a two-hour drive to the nearest clinic.",
        ),
        (
            "Ada Vey greets voters outside the library on Monday. Jo Roe-Hale/Daily. Buy this photo.Turnout fell "
            "to 18 percent, the lowest in a decade.",
            "Turnout fell to 18 percent, the lowest in a decade.",
        ),
        (
            "Boats moored in the harbour at dawn | Ada VeyHarbour master Jo Roe said the mooring fees would rise "
            "in April.",
            "Harbour master Jo Roe said the mooring fees would rise in April.",
        ),
        (
            "An artist's impression of the new library. Rendering: Kelby Borough Council Planning "
            "DepartmentThe library will open in 2028, the council said.",
            "The library will open in 2028, the council said.",
        ),
    ],
)
def test_a_caption_goes_with_a_credit_across_a_bar_offering_a_print_or_of_a_rendering_glued_onto_the_story(line, story):
    assert strip_inline(line) == story


def test_a_newsletters_pitch_delivered_free_on_named_days_is_furniture():
    assert is_furniture("Local news for the Vey valley, delivered free every Monday and Thursday.")
    assert is_furniture("Our pick of Kelby's gigs and galleries, delivered every Friday.")
    assert not is_furniture("The paper was delivered every Tuesday and Friday until its press closed in 1998.")


@pytest.mark.parametrize("said", ['Tom vowed: "I am running the marathon in April."', 'Mum fumed: "Nobody told us."'])
def test_a_name_and_a_verb_of_a_vow_or_a_cry_before_a_colon_is_a_speaker_not_a_caption_label(said):
    assert caption_label(said) is None
    assert strip_inline(said) == said


def test_how_to_reach_the_author_by_phone_and_email_is_furniture():
    assert is_furniture("Contact Ada Vey-Lund at 555-0142 or avey@kelbynews.com.")
    assert is_furniture("Contact Jo Roe at (555) 201-7788 or jroe@kelby.com.")


@pytest.mark.parametrize(
    "line",
    [
        "Español English Português Català Galego",
        "العربية 中文 English Français Русский Español Kiswahili",
        "English | Français | Deutsch",
        "Read this post in Bahasa Indonesia, Español, Français, 日本語",
        "This article is also available in Spanish and Arabic.",
        "Welcome to the Kelby Regional Council",
    ],
)
def test_a_sites_languages_and_its_greeting_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["English Heritage to close Kelby Abbey", "Welcome to Kelby, where rents have tripled", "French English"],
)
def test_a_headline_naming_a_language_or_a_welcome_is_no_furniture(line):
    assert not is_furniture(line)


def test_a_stamp_with_its_sections_label_run_on_is_a_stamp():
    assert furniture.stamp_only("16 June 2025 Migrants and Refugees")
    assert not furniture.stamp_only("16 June 2025 Kelby Council voted to close the library")


@pytest.mark.parametrize(
    "line",
    [
        "We use our own and third-party cookies to improve our services. If you continue browsing, we consider that "
        "you accept their use. Accept Settings",
        "A ferry leaves Kelby harbour at dawn (File photo: Kelby News Agency)",
        "Thank you for reading our article. You can keep up-to-date by subscribing to our daily newsletter.",
        "All the contents on this site are copyrighted ©. Any reproduction requires the prior permission of Kelby "
        "News.",
        "Ann Cole reported from Dunmore. Additional reporting by Tom Reed in Kelby.",
        "Kelby Voices stands out as a place where you can find stories told by the people who live them. Please "
        "consider a donation to keep our work independent.",
    ],
)
def test_a_footers_consent_thanks_rights_sign_off_and_pitch_and_a_file_pictures_caption_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "If you continue to use the bridge, you accept the risk, the council said.",
        "Ann Cole reported from Dunmore that the bridge had fallen.",
        "Tom Reed said the man reported from Kelby had been found.",
    ],
)
def test_a_story_sentence_like_a_footers_is_no_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "holder",
    ["Kelby Parish", "the parish"],
)
def test_a_caption_opening_on_a_priests_title_is_dropped_whole_before_the_sentence_it_is_glued_to(holder):
    line = (
        f"Fr. Tom Reed blesses the boat before a trip to the islands (Photo courtesy of {holder})Each trip costs "
        "about £200 in fuel."
    )
    assert strip_inline(line) == "Each trip costs about £200 in fuel."


def test_a_caption_credited_to_a_holder_in_lower_case_is_furniture():
    assert is_furniture("Volunteers help a woman aboard the boat clinic (Photo courtesy of the parish)")


def test_a_caption_over_its_credit_in_capitals_for_a_paper_is_furniture():
    assert is_furniture("Students protest outside the library at Kelby University on Wednesday. JO ROE FOR THE LEDGER")
    assert not is_furniture("The council voted to close the library on Tuesday. VOTE FOR THE FUTURE")


def test_a_credit_in_capitals_glued_onto_a_captions_figure_and_the_next_sentence_goes_with_the_caption():
    line = (
        "The three Kelby Wharf towers have stood in scaffolding since 2021PIXFOTOOne of Britain's biggest "
        "housebuilders has agreed to pay £48 million to strip cladding from three tower blocks."
    )
    assert strip_inline(line).startswith("One of Britain's biggest housebuilders")

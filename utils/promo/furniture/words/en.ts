import type { FurnitureWords } from '../types';

/** English furniture words: AP, Reuters, WordPress themes, The Atlantic, Wired, CNET. */
export const EN_FURNITURE: FurnitureWords = {
  leads: {
    caption: ['Photo:', 'Photos:', 'Photo by', 'Photograph:', 'Photograph by', 'Photographs by', 'Image:', 'Images:', 'Image credit', 'Image by', 'Picture:', 'Pictured:', 'Credit:', 'Credits:', 'Photo credit', 'Illustration:', 'Illustration by', 'Source: Getty', 'Top image:', 'Featured image:', 'Header image:', 'Lead image:'],
    byline: ['Source:', 'By ', 'Written by', 'Reporting by', 'Reported by', 'Words by', 'Posted by', 'Editing by', 'Edited by', 'Author:', 'Authors:', 'Story by', 'View all posts by', 'More from this author', 'See all articles by'],
    dateline: ['Updated', 'Last updated', 'Published', 'First published', 'Posted on', 'Posted', 'Originally published', 'This entry was posted', 'This article was originally published', 'Date:', 'Last modified', 'Last reviewed'],
    'reading-time': ['Reading time', 'Estimated reading time', 'Read time'],
    copyright: ['Copyright', 'All rights reserved', 'This article is the copyrighted property', 'This material may not be published'],
    comments: ['Leave a comment', 'Leave a reply', 'Post a comment', 'Add a comment', 'Comments are closed', 'No comments', 'Comment policy', 'You must be logged in to post a comment', 'This site uses Akismet', 'Join the conversation', 'Show comments', 'View comments', 'Be the first to comment', 'Comments (', 'We want to hear what you think', 'Submit a letter', 'Submit your letter', 'Send us a letter', 'Tell us what you think', 'Have your say'],
    consent: ['This content is blocked', 'To view this content', 'We use cookies', 'This website uses cookies', 'This site uses cookies', 'By continuing to use this site', 'Accept cookies', 'Manage cookies', 'Cookie settings', 'You need to accept', 'Click to load', 'Load content'],
    'script-note': ['Loading...', 'Load more', 'Loading more', 'This slideshow requires JavaScript', 'Please enable JavaScript', 'JavaScript is disabled', 'You need to enable JavaScript', 'JavaScript is required', 'Your browser does not support', 'Enable JavaScript'],
    toc: ['Table of contents', 'Contents:', 'Jump to:', 'In this article:', 'Skip to'],
    share: ['Share this', 'Share on', 'Share:', 'Share the article', 'Share this article', 'Share this story', 'Share via', 'Tweet this', 'Email this', 'Print this', 'Bookmark the permalink', 'Was this article helpful', 'Was this helpful', 'Did you find this article helpful', 'Rate this', 'How useful was this post', 'Click to rate', 'Like this:', 'Spread the word', 'Found this useful', 'If you found this useful', 'Save to Pinterest', 'Pin it', 'Print recipe', 'Jump to recipe'],
    tags: ['Tags:', 'Tagged:', 'Tagged with', 'Topics:', 'Filed under', 'Filed in', 'Categories:', 'Category:', 'Posted in', 'Related topics:', 'Keywords:', 'More about:'],
    disclaimer: ['Suggested citation', 'Cite this article', 'How to cite', 'Disclosure:', 'Disclaimer:', 'Affiliate disclosure', 'This post contains affiliate links', 'This article contains affiliate links', 'This post may contain affiliate links', 'We may earn a commission', 'We may receive a commission', 'As an Amazon Associate', 'The views expressed', 'The opinions expressed', 'This article originally appeared', 'This story was originally published', 'This article was originally published', 'This article is republished', 'This story is republished', 'The advertising disclaimer', 'Sponsored links'],
    'author-bio': ['About the author', 'About the authors', 'About the writer', 'About me:', 'Author bio', 'Author profile'],
    breadcrumb: ['Back to', 'Return to', 'You are here:', 'Home >', 'Home /', 'Home »', 'Home ›', 'Home >>'],
  },
  labels: {
    comments: ['comments', 'comment', 'reply', 'responses', 'discussion', 'no comments yet', 'leave a reply'],
    share: ['share', 'share this', 'share this article', 'share this story', 'print', 'email', 'tweet', 'save', 'permalink', 'like this', 'share the article', 'rate this article'],
    toc: ['contents', 'table of contents', 'in this article', 'on this page'],
    breadcrumb: ['back', 'home', 'previous', 'next', 'previous post', 'next post', 'previous article', 'next article', 'older posts', 'newer posts'],
    tags: ['tags', 'topics', 'related topics', 'categories'],
    'author-bio': ['about the author', 'about the authors', 'the author', 'author', 'authors'],
    caption: ['enlarge', 'view image', 'view gallery', 'expand image', 'zoom', 'open gallery', 'show image', 'close'],
  },
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  ],
};
